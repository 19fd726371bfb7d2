package org.tongxing.app.tasklist;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.security.StaffNames;

/** Claiming a task (assigning it to oneself) and releasing it back to the department. */
@Controller
class TaskAssignmentController {

  private final TasklistGateway gateway;
  private final CaseEvents events;

  TaskAssignmentController(TasklistGateway gateway, CaseEvents events) {
    this.gateway = gateway;
    this.events = events;
  }

  @PostMapping("/tasks/{taskKey}/claim")
  String claim(
      @PathVariable long taskKey, Authentication authentication, RedirectAttributes redirect) {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = TaskAccessPolicy.requireAccessibleTask(gateway, taskKey, user);
    String taskPage = "redirect:/tasks/" + taskKey;
    if (!task.isOpen()) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.closed", task.displayName()));
      return "redirect:/tasks";
    }
    if (task.isAssignedTo(user.username())) {
      return taskPage;
    }
    if (task.hasAssignee()) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE,
          FlashNotice.problem("task.notice.assignedToOther", task.assignee()));
      return taskPage;
    }
    try {
      gateway.assign(taskKey, user.username());
    } catch (TaskActionRejectedException e) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", task.displayName()));
      return taskPage;
    }
    events.record(
        task,
        null,
        CaseAction.CLAIMED,
        user.username(),
        StaffNames.displayNameOf(authentication),
        null,
        null,
        null);
    redirect.addFlashAttribute(
        FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.claimed", task.displayName()));
    redirect.addFlashAttribute(
        PendingAssignment.ATTRIBUTE, new PendingAssignment(taskKey, user.username()));
    return taskPage;
  }

  /** Back to the list: a user who only had the task as assignee can no longer open it. */
  @PostMapping("/tasks/{taskKey}/unclaim")
  String unclaim(
      @PathVariable long taskKey, Authentication authentication, RedirectAttributes redirect) {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = TaskAccessPolicy.requireAccessibleTask(gateway, taskKey, user);
    if (!task.isOpen() || !task.isAssignedTo(user.username())) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.notYours", task.displayName()));
      return "redirect:/tasks/" + taskKey;
    }
    try {
      gateway.unassign(taskKey);
    } catch (TaskActionRejectedException e) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", task.displayName()));
      return "redirect:/tasks/" + taskKey;
    }
    events.record(
        task,
        null,
        CaseAction.UNCLAIMED,
        user.username(),
        StaffNames.displayNameOf(authentication),
        null,
        null,
        null);
    redirect.addFlashAttribute(
        FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.unclaimed", task.displayName()));
    return "redirect:/tasks";
  }
}

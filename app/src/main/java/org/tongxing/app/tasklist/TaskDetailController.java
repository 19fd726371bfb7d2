package org.tongxing.app.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.tasklist.form.FormRenderer;
import org.tongxing.app.tasklist.form.FormSubmission;
import org.tongxing.app.tasklist.form.SubmissionResult;
import org.tongxing.app.web.LanguageLinks;
import org.tongxing.app.web.LayoutModel;

/**
 * One task: its details, its process data and its form; and completing it. Completing an unassigned
 * task claims it for the user first, so that one button does the usual case.
 */
@Controller
class TaskDetailController {

  private final TasklistGateway gateway;
  private final TaskPageAssembler pages;

  TaskDetailController(
      TasklistGateway gateway, TasklistProperties properties, MessageSource messages) {
    this.gateway = gateway;
    this.pages = new TaskPageAssembler(gateway, properties, messages);
  }

  @GetMapping("/tasks/{taskKey}")
  String show(
      @PathVariable long taskKey, Authentication authentication, Locale locale, Model model) {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = TaskAccessPolicy.requireAccessibleTask(gateway, taskKey, user);
    if (model.getAttribute(PendingAssignment.ATTRIBUTE) instanceof PendingAssignment pending) {
      task = pending.applyTo(task);
    }
    model.addAttribute("task", pages.assemble(task, user, locale, pages.loadForm(task), null));
    return "tasks/detail";
  }

  @PostMapping("/tasks/{taskKey}/complete")
  String complete(
      @PathVariable long taskKey,
      @RequestParam Map<String, String> parameters,
      Authentication authentication,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = TaskAccessPolicy.requireAccessibleTask(gateway, taskKey, user);
    String taskPage = "redirect:/tasks/" + taskKey;
    if (!task.isOpen()) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.closed", task.displayName()));
      return "redirect:/tasks";
    }
    if (task.hasAssignee() && !task.isAssignedTo(user.username())) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE,
          FlashNotice.problem("task.notice.assignedToOther", task.assignee()));
      return taskPage;
    }
    LoadedForm form = pages.loadForm(task);
    if (form.kind() != TaskFormView.Kind.READY && form.kind() != TaskFormView.Kind.NONE) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE,
          FlashNotice.problem("task.notice.formUnavailable", task.displayName()));
      return taskPage;
    }
    SubmissionResult submission =
        form.schema() == null
            ? new SubmissionResult(Map.of(), Map.of(), List.of())
            : FormSubmission.validate(form.schema(), FormRenderer.submittedValues(parameters));
    if (!submission.isValid()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("task", pages.assemble(task, user, locale, form, submission));
      // this page answers a POST; the language switch repeats the task page instead
      model.addAttribute(
          LayoutModel.LANGUAGE_LINKS, LanguageLinks.forPath(request, "/tasks/" + taskKey));
      return "tasks/detail";
    }
    try {
      if (!task.hasAssignee()) {
        gateway.assign(taskKey, user.username());
      }
      gateway.complete(taskKey, submission.variables());
    } catch (TaskActionRejectedException e) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", task.displayName()));
      return taskPage;
    }
    redirect.addFlashAttribute(
        FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.completed", task.displayName()));
    redirect.addFlashAttribute(org.tongxing.app.tasklist.queue.QueueController.COMPLETED_TASK, taskKey);
    return "redirect:/tasks";
  }
}

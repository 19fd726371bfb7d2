package org.tongxing.app.approval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxing.app.security.StaffNames;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskAccess;
import org.tongxing.app.tasklist.TaskActionRejectedException;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * The approval operations of a task page: 退回, 转办, 委派 (and taking a delegation back), 加签, 抄送 and 催办.
 * Each checks on the server that the user may do it, and answers with the task page or the list and
 * a notice, or with the task page and the refusal tied to its field.
 */
@Controller
class ApprovalController {

  private final TaskAccess access;
  private final ReturnOperation returns;
  private final ReassignOperations reassign;
  private final SignerOperations signers;
  private final CopyOperation copies;
  private final ReminderOperation reminders;
  private final CaseIds caseIds;

  ApprovalController(
      TaskAccess access,
      ReturnOperation returns,
      ReassignOperations reassign,
      SignerOperations signers,
      CopyOperation copies,
      ReminderOperation reminders,
      CaseIds caseIds) {
    this.access = access;
    this.returns = returns;
    this.reassign = reassign;
    this.signers = signers;
    this.copies = copies;
    this.reminders = reminders;
    this.caseIds = caseIds;
  }

  @PostMapping("/tasks/{taskKey}/return")
  String returnTo(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "") String returnTarget,
      @RequestParam(defaultValue = "") String returnReason,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, actor.user());
    return run(
        "return",
        task,
        redirect,
        Map.of("returnTarget", returnTarget, "returnReason", returnReason),
        () -> {
          ReturnTarget target =
              returns.returnTo(
                  task,
                  caseIds.of(task),
                  actor.username(),
                  actor.name(),
                  returnTarget,
                  returnReason);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE,
              FlashNotice.success("operation.notice.returned", target.name()));
          return "redirect:/tasks";
        });
  }

  @PostMapping("/tasks/{taskKey}/hand-over")
  String handOver(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "") String handOverTo,
      @RequestParam(defaultValue = "") String handOverNote,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, actor.user());
    return run(
        "hand-over",
        task,
        redirect,
        Map.of("handOverTo", handOverTo, "handOverNote", handOverNote),
        () -> {
          var to =
              reassign.handOver(
                  task, caseIds.of(task), actor.username(), actor.name(), handOverTo, handOverNote);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE,
              FlashNotice.success("operation.notice.handedOver", to.label()));
          return "redirect:/tasks";
        });
  }

  @PostMapping("/tasks/{taskKey}/delegate")
  String delegate(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "") String delegateTo,
      @RequestParam(defaultValue = "") String delegateNote,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, actor.user());
    return run(
        "delegate",
        task,
        redirect,
        Map.of("delegateTo", delegateTo, "delegateNote", delegateNote),
        () -> {
          var to =
              reassign.delegate(
                  task, caseIds.of(task), actor.username(), actor.name(), delegateTo, delegateNote);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE, FlashNotice.success("operation.notice.delegated", to.label()));
          return "redirect:/tasks";
        });
  }

  @PostMapping("/tasks/{taskKey}/delegation/recall")
  String recall(
      @PathVariable long taskKey, Authentication authentication, RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireViewable(taskKey, actor.user());
    return run(
        "recall",
        task,
        redirect,
        Map.of(),
        () -> {
          Delegation recalled =
              reassign.recall(task, caseIds.of(task), actor.username(), actor.name());
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE,
              FlashNotice.success("operation.notice.recalled", recalled.delegateName()));
          return "redirect:/tasks/" + taskKey;
        });
  }

  @PostMapping("/tasks/{taskKey}/signers")
  String addSigner(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "BEFORE") SignerRequest.Position signerPosition,
      @RequestParam(defaultValue = "PERSON") SignerRequest.SignerKind signerKind,
      @RequestParam(defaultValue = "") String signerPerson,
      @RequestParam(defaultValue = "") String signerDepartment,
      @RequestParam(defaultValue = "") String signerNote,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, actor.user());
    String signer = signerKind == SignerRequest.SignerKind.PERSON ? signerPerson : signerDepartment;
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("signerPosition", signerPosition.name());
    entered.put("signerKind", signerKind.name());
    entered.put("signerPerson", signerPerson);
    entered.put("signerDepartment", signerDepartment);
    entered.put("signerNote", signerNote);
    return run(
        "signers",
        task,
        redirect,
        entered,
        () -> {
          signers.request(
              task,
              caseIds.of(task),
              actor.username(),
              actor.name(),
              signerPosition,
              signerKind,
              signer,
              signerNote);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE,
              FlashNotice.success(
                  signerPosition == SignerRequest.Position.BEFORE
                      ? "operation.notice.signerBefore"
                      : "operation.notice.signerAfter",
                  signer));
          return "redirect:/tasks/" + taskKey;
        });
  }

  @PostMapping("/tasks/{taskKey}/copy")
  String copy(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "PERSON") CaseCopy.RecipientKind copyKind,
      @RequestParam(defaultValue = "") String copyPerson,
      @RequestParam(defaultValue = "") String copyDepartment,
      @RequestParam(defaultValue = "") String copyNote,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireViewable(taskKey, actor.user());
    String recipient = copyKind == CaseCopy.RecipientKind.PERSON ? copyPerson : copyDepartment;
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("copyKind", copyKind.name());
    entered.put("copyPerson", copyPerson);
    entered.put("copyDepartment", copyDepartment);
    entered.put("copyNote", copyNote);
    return run(
        "copy",
        task,
        redirect,
        entered,
        () -> {
          String label =
              copies.copy(
                  task,
                  caseIds.of(task),
                  actor.username(),
                  actor.name(),
                  copyKind,
                  recipient,
                  copyNote);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE, FlashNotice.success("operation.notice.copied", label));
          return "redirect:/tasks/" + taskKey;
        });
  }

  @PostMapping("/tasks/{taskKey}/remind")
  String remind(
      @PathVariable long taskKey,
      @RequestParam(defaultValue = "") String remindNote,
      Authentication authentication,
      RedirectAttributes redirect) {
    Actor actor = actor(authentication);
    UserTaskInfo task = access.requireViewable(taskKey, actor.user());
    return run(
        "remind",
        task,
        redirect,
        Map.of("remindNote", remindNote),
        () -> {
          reminders.remind(task, caseIds.of(task), actor.username(), actor.name(), remindNote);
          redirect.addFlashAttribute(
              FlashNotice.ATTRIBUTE,
              FlashNotice.success(
                  "operation.notice.reminded", task.hasAssignee() ? task.assignee() : ""));
          return "redirect:/tasks/" + taskKey;
        });
  }

  private static String run(
      String operation,
      UserTaskInfo task,
      RedirectAttributes redirect,
      Map<String, String> entered,
      Supplier<String> action) {
    try {
      return action.get();
    } catch (OperationRefusedException refused) {
      redirect.addFlashAttribute(OperationError.ATTRIBUTE, OperationError.of(operation, refused));
      redirect.addFlashAttribute(OperationError.ENTERED, new LinkedHashMap<>(entered));
    } catch (TaskActionRejectedException rejected) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", task.displayName()));
    }
    return "redirect:/tasks/" + task.key();
  }

  private static Actor actor(Authentication authentication) {
    return new Actor(TasklistUser.of(authentication), StaffNames.displayNameOf(authentication));
  }

  private record Actor(TasklistUser user, String name) {
    String username() {
      return user.username();
    }
  }
}

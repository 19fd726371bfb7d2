package org.tongxing.app.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.process.ProcessModelReader;
import org.tongxing.app.security.StaffNames;
import org.tongxing.app.tasklist.form.ApprovalFields;
import org.tongxing.app.tasklist.form.DynamicLists;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.form.FormRenderer;
import org.tongxing.app.tasklist.form.FormSubmission;
import org.tongxing.app.tasklist.form.SubmissionResult;
import org.tongxing.app.tasklist.queue.QueueController;
import org.tongxing.app.web.LanguageLinks;
import org.tongxing.app.web.LayoutModel;

/**
 * One task: its details, its process data, its case's history and path, and its form; and
 * completing it. Completing an unassigned task claims it for the user first, so that one button
 * does the usual case. An approval step's decision (同意/驳回) needs an opinion (审批意见), and every
 * completion is written into the case history.
 */
@Controller
class TaskDetailController {

  static final String OPINION_REQUIRED = "approval.error.opinionRequired";

  private final TasklistGateway gateway;
  private final TaskAccess access;
  private final TaskPageAssembler pages;
  private final CaseEvents events;

  TaskDetailController(
      TasklistGateway gateway,
      TaskAccess access,
      TasklistProperties properties,
      MessageSource messages,
      ProcessModelReader models,
      CaseHistory history,
      CaseEvents events) {
    this.gateway = gateway;
    this.access = access;
    this.pages =
        new TaskPageAssembler(gateway, properties, messages, models, history, access.extensions());
    this.events = events;
  }

  @GetMapping("/tasks/{taskKey}")
  String show(
      @PathVariable long taskKey, Authentication authentication, Locale locale, Model model) {
    TasklistUser user = TasklistUser.of(authentication);
    UserTaskInfo task = access.requireViewable(taskKey, user);
    if (model.getAttribute(PendingAssignment.ATTRIBUTE) instanceof PendingAssignment pending) {
      task = pending.applyTo(task);
    }
    model.addAttribute("task", pages.assemble(task, user, locale, pages.loadForm(task), null));
    model.addAllAttributes(pages.extensionAttributes(task, user, locale));
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
    String displayName = StaffNames.displayNameOf(authentication);
    UserTaskInfo task = access.requireActionable(taskKey, user);
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
    for (TaskPolicyExtension extension : access.extensions()) {
      Optional<FlashNotice> refusal = extension.completionRefusal(task, user);
      if (refusal.isPresent()) {
        redirect.addFlashAttribute(FlashNotice.ATTRIBUTE, refusal.get());
        return taskPage;
      }
    }
    LoadedForm form = pages.loadForm(task);
    if (form.kind() != TaskFormView.Kind.READY && form.kind() != TaskFormView.Kind.NONE) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE,
          FlashNotice.problem("task.notice.formUnavailable", task.displayName()));
      return taskPage;
    }
    Map<String, String> submitted = FormRenderer.submittedValues(parameters);
    Optional<ApprovalFields> approval =
        form.schema() == null ? Optional.empty() : ApprovalFields.of(form.schema());
    SubmissionResult submission =
        form.schema() == null
            ? new SubmissionResult(Map.of(), Map.of(), List.of())
            : DynamicLists.validate(
                form.json() == null ? "{}" : form.json(),
                parameters,
                FormSubmission.validate(form.schema(), submitted));
    if (approval.isPresent()) {
      submission = withOpinion(approval.get(), submission, submitted);
    }
    if (!submission.isValid()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("task", pages.assemble(task, user, locale, form, submission));
      model.addAllAttributes(pages.extensionAttributes(task, user, locale));
      // this page answers a POST; the language switch repeats the task page instead
      model.addAttribute(
          LayoutModel.LANGUAGE_LINKS, LanguageLinks.forPath(request, "/tasks/" + taskKey));
      return "tasks/detail";
    }
    Map<String, Object> variables = submission.variables();
    try {
      if (!task.hasAssignee()) {
        gateway.assign(taskKey, user.username());
        task = task.withAssignee(user.username());
      }
      for (TaskPolicyExtension extension : access.extensions()) {
        Optional<FlashNotice> held = extension.holdCompletion(task, user, displayName, variables);
        if (held.isPresent()) {
          record(task, user, displayName, approval, variables, true);
          redirect.addFlashAttribute(FlashNotice.ATTRIBUTE, held.get());
          return "redirect:/tasks";
        }
      }
      gateway.complete(taskKey, variables);
    } catch (TaskActionRejectedException e) {
      redirect.addFlashAttribute(
          FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", task.displayName()));
      return taskPage;
    }
    record(task, user, displayName, approval, variables, false);
    for (TaskPolicyExtension extension : access.extensions()) {
      extension.completed(task, user, displayName, variables);
    }
    redirect.addFlashAttribute(
        FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.completed", task.displayName()));
    redirect.addFlashAttribute(QueueController.COMPLETED_TASK, taskKey);
    return "redirect:/tasks";
  }

  /**
   * A decision needs an opinion: the form's opinion field, or the tasklist's own when the form has
   * none, which then becomes a variable of the completion too.
   */
  private static SubmissionResult withOpinion(
      ApprovalFields approval, SubmissionResult submission, Map<String, String> submitted) {
    Object decision = submission.variables().get(approval.decision().key());
    if (decision == null) {
      return submission;
    }
    String opinion = submitted.getOrDefault(approval.opinionKey(), "").strip();
    Map<String, Object> variables = new LinkedHashMap<>(submission.variables());
    Map<String, String> entered = new HashMap<>(submission.enteredValues());
    List<FieldError> errors = new ArrayList<>(submission.errors());
    boolean alreadyRefused =
        errors.stream().anyMatch(error -> error.key().equals(approval.opinionKey()));
    if (!approval.opinionInForm()) {
      entered.put(approval.opinionKey(), submitted.getOrDefault(approval.opinionKey(), ""));
      int length = opinion.codePointCount(0, opinion.length());
      if (!opinion.isEmpty() && (length < 2 || length > 500)) {
        errors.add(
            new FieldError(
                approval.opinionKey(), "approval.error.opinionLength", List.of("2", "500")));
        alreadyRefused = true;
      } else if (!opinion.isEmpty()) {
        variables.put(approval.opinionKey(), opinion);
      }
    }
    if (opinion.isEmpty() && !alreadyRefused) {
      errors.add(new FieldError(approval.opinionKey(), OPINION_REQUIRED, List.of()));
    }
    return new SubmissionResult(variables, entered, errors);
  }

  private void record(
      UserTaskInfo task,
      TasklistUser user,
      String displayName,
      Optional<ApprovalFields> approval,
      Map<String, Object> variables,
      boolean held) {
    CaseAction action = CaseAction.COMPLETED;
    String opinion = null;
    String decisionLabel = null;
    if (approval.isPresent()) {
      Object decision = variables.get(approval.get().decision().key());
      Optional<Boolean> approves = approval.get().approves(decision);
      if (approves.isPresent()) {
        action = approves.get() ? CaseAction.APPROVED : CaseAction.REJECTED;
      }
      decisionLabel =
          approval.get().options().stream()
              .filter(option -> option.value().equals(decision))
              .map(option -> option.label())
              .findFirst()
              .orElse(null);
      Object text = variables.get(approval.get().opinionKey());
      opinion = text == null ? null : String.valueOf(text);
    }
    String caseId =
        gateway
            .findCaseSummaries(List.of(task.processInstanceKey()))
            .getOrDefault(task.processInstanceKey(), CaseSummary.NONE)
            .caseId();
    events.record(
        task,
        caseId,
        action,
        user.username(),
        displayName,
        decisionLabel,
        opinion,
        held ? "{\"heldForCosigners\":true}" : null);
  }
}

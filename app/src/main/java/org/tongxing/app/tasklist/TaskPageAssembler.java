package org.tongxing.app.tasklist;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.diagram.ProcessDiagramView;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.process.ProcessModel;
import org.tongxing.app.process.ProcessModelReader;
import org.tongxing.app.process.ProcessStep;
import org.tongxing.app.tasklist.TaskDetailView.Status;
import org.tongxing.app.tasklist.form.ApprovalFields;
import org.tongxing.app.tasklist.form.ChoiceOption;
import org.tongxing.app.tasklist.form.ComponentKind;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.form.FieldValidation;
import org.tongxing.app.tasklist.form.FormComponent;
import org.tongxing.app.tasklist.form.FormJsData;
import org.tongxing.app.tasklist.form.FormRenderer;
import org.tongxing.app.tasklist.form.FormSchemaParser;
import org.tongxing.app.tasklist.form.InvalidFormSchemaException;
import org.tongxing.app.tasklist.form.RenderedComponent;
import org.tongxing.app.tasklist.form.SubmissionResult;

/**
 * Builds a task page from the engine's data (task, process variables, form, path, the process's
 * BPMN) and the case history.
 */
final class TaskPageAssembler {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPageAssembler.class);

  private final TasklistGateway gateway;
  private final TasklistProperties properties;
  private final MessageSource messages;
  private final ProcessModelReader models;
  private final CaseHistory history;
  private final List<TaskPolicyExtension> extensions;

  TaskPageAssembler(
      TasklistGateway gateway,
      TasklistProperties properties,
      MessageSource messages,
      ProcessModelReader models,
      CaseHistory history,
      List<TaskPolicyExtension> extensions) {
    this.gateway = gateway;
    this.properties = properties;
    this.messages = messages;
    this.models = models;
    this.history = history;
    this.extensions = List.copyOf(extensions);
  }

  LoadedForm loadForm(UserTaskInfo task) {
    if (task.formKey() == null) {
      return new LoadedForm(
          task.externalFormReference() == null
              ? TaskFormView.Kind.NONE
              : TaskFormView.Kind.EXTERNAL,
          null);
    }
    return gateway
        .findFormSchema(task.key())
        .map(json -> parse(task, json))
        .orElseGet(() -> new LoadedForm(TaskFormView.Kind.NONE, null));
  }

  /**
   * @param submission the refused submission to show again, or {@code null} for a fresh page
   */
  TaskDetailView assemble(
      UserTaskInfo task,
      TasklistUser user,
      Locale locale,
      LoadedForm form,
      SubmissionResult submission) {
    DateTimeDisplay dates = new DateTimeDisplay(properties.timeZone(), locale);
    ProcessVariables variables =
        new ProcessVariables(
            gateway.findProcessVariables(task.processInstanceKey()),
            properties.variableDisplayLimit());
    CaseSummary summary =
        gateway
            .findCaseSummaries(List.of(task.processInstanceKey()))
            .getOrDefault(task.processInstanceKey(), CaseSummary.NONE);
    ProcessPath path =
        task.processDefinitionKey() == 0
            ? ProcessPath.unknown()
            : gateway.findProcessPath(task.processInstanceKey()).orElseGet(ProcessPath::unknown);
    Optional<ProcessModel> model = model(task);
    List<CaseHistoryEntry> entries = history.ofProcessInstance(task.processInstanceKey());
    Map<String, Object> prefill = new HashMap<>(variables.values());
    for (TaskPolicyExtension extension : extensions) {
      prefill.putAll(extension.prefill(task, user));
    }
    Optional<ApprovalFields> approval =
        form.schema() == null ? Optional.empty() : ApprovalFields.of(form.schema());
    FormPart part = formPart(form, prefill, locale, submission, approval.orElse(null));
    return new TaskDetailView(
        task.key(),
        task.displayName(),
        task.processDisplayName(),
        task.bpmnProcessId(),
        task.processInstanceKey(),
        task.assignee(),
        task.candidateGroups(),
        task.priority(),
        dates.format(task.creationDate()),
        dates.format(task.dueDate()),
        dates.format(task.followUpDate()),
        task.isOverdueAt(OffsetDateTime.now()),
        statusOf(task, user),
        summary,
        variables.views(),
        diagramOf(task, path, locale),
        outline(task, model, path),
        model
            .flatMap(m -> m.policyClause(task.elementId()).or(m::processPolicyClause))
            .orElse(null),
        CaseTimeline.of(
            entries,
            completedSteps(task),
            id -> model.flatMap(m -> m.step(id)).map(ProcessStep::displayName).orElse(id),
            dates),
        returnedHere(task, entries, dates),
        part.form(),
        part.approval(),
        TaskAccessPolicy.mayAccess(user, task));
  }

  /** What the extensions show on the page (the approval operations), for the model. */
  Map<String, Object> extensionAttributes(UserTaskInfo task, TasklistUser user, Locale locale) {
    Map<String, Object> attributes = new HashMap<>();
    for (TaskPolicyExtension extension : extensions) {
      extension.addToPage(task, user, locale, attributes);
    }
    return attributes;
  }

  private Optional<ProcessModel> model(UserTaskInfo task) {
    if (task.processDefinitionKey() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(models.model(task.processDefinitionKey()));
    } catch (RuntimeException e) {
      // the outline and the clause help; the task itself can be done without them
      LOG.warn(
          "Process {} of task {} cannot be read: {}",
          task.processDefinitionKey(),
          task.key(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private List<CompletedStep> completedSteps(UserTaskInfo task) {
    try {
      return gateway.findCompletedSteps(task.processInstanceKey());
    } catch (TasklistUnavailableException e) {
      LOG.warn(
          "Steps of process instance {} cannot be read: {}",
          task.processInstanceKey(),
          e.getMessage());
      return List.of();
    }
  }

  /** The process diagram with the case's path and this task's step marked; null if unknown. */
  private ProcessDiagramView diagramOf(UserTaskInfo task, ProcessPath path, Locale locale) {
    if (task.processDefinitionKey() == 0) {
      return null;
    }
    String label =
        messages.getMessage("diagram.label.currentStep", new Object[] {task.displayName()}, locale);
    return ProcessDiagramView.of(task.processDefinitionKey(), marked(task, path), label);
  }

  /** The search side may not show this step as active yet; the task itself says it is. */
  private static ProcessPath marked(UserTaskInfo task, ProcessPath path) {
    Set<String> active = new HashSet<>(path.activeElementIds());
    if (task.isOpen()) {
      active.add(task.elementId());
    }
    return new ProcessPath(
        path.completedElementIds(), active, path.incidentElementIds(), path.takenFlowIds());
  }

  private static List<OutlineEntry> outline(
      UserTaskInfo task, Optional<ProcessModel> model, ProcessPath path) {
    if (model.isEmpty()) {
      return List.of();
    }
    ProcessPath marked = marked(task, path);
    List<OutlineEntry> entries = new ArrayList<>();
    for (ProcessStep step : model.get().outline()) {
      String state =
          marked.activeElementIds().contains(step.elementId())
              ? "active"
              : marked.completedElementIds().contains(step.elementId()) ? "completed" : "ahead";
      entries.add(new OutlineEntry(step, state, step.elementId().equals(task.elementId())));
    }
    return entries;
  }

  /** The latest return (退回) of the case before this task began: why it is being done again. */
  private static TimelineEntry returnedHere(
      UserTaskInfo task, List<CaseHistoryEntry> entries, DateTimeDisplay dates) {
    CaseHistoryEntry found = null;
    for (CaseHistoryEntry entry : entries) {
      if (entry.action() == CaseAction.RETURNED
          && (task.creationDate() == null
              || !entry.occurredAt().isAfter(task.creationDate().plusSeconds(5)))) {
        found = entry;
      }
    }
    return found == null
        ? null
        : new TimelineEntry(
            dates.format(found.occurredAt()),
            "history.action.RETURNED",
            found.actorName() == null ? found.actor() : found.actorName(),
            found.elementName(),
            found.target(),
            found.opinion());
  }

  private record FormPart(TaskFormView form, ApprovalView approval) {}

  private FormPart formPart(
      LoadedForm form,
      Map<String, Object> prefill,
      Locale locale,
      SubmissionResult submission,
      ApprovalFields approval) {
    if (form.kind() != TaskFormView.Kind.READY) {
      return new FormPart(TaskFormView.of(form.kind()), null);
    }
    Map<String, String> values = FormRenderer.initialValues(form.schema(), prefill);
    Map<String, String> errorMessages = new HashMap<>();
    if (submission != null) {
      values.putAll(submission.enteredValues());
      for (FieldError error : submission.errors()) {
        errorMessages.putIfAbsent(error.key(), messages.getMessage(error, locale));
      }
    }
    List<RenderedComponent> all =
        FormRenderer.render(form.schema(), values, errorMessages, prefill);
    List<RenderedComponent> shown = new ArrayList<>();
    RenderedComponent decision = null;
    for (RenderedComponent component : all) {
      if (approval != null && component.component() == approval.decision()) {
        decision = component;
      } else {
        shown.add(component);
      }
    }
    ApprovalView approvalView = null;
    List<ErrorSummaryItem> summary = new ArrayList<>();
    if (decision != null) {
      approvalView = approvalView(approval, decision, values, errorMessages, locale);
      if (decision.hasError()) {
        summary.add(new ErrorSummaryItem(decision.optionId(0), decision.errorMessage()));
      }
    }
    for (RenderedComponent component : shown) {
      if (component.hasError()) {
        // a radio group's link goes to its first option: a fieldset cannot take focus
        String target =
            component.component().kind() == ComponentKind.RADIO
                ? component.optionId(0)
                : component.id();
        summary.add(new ErrorSummaryItem(target, component.errorMessage()));
      }
    }
    if (approvalView != null
        && approvalView.ownOpinion() != null
        && approvalView.ownOpinion().hasError()) {
      summary.add(
          new ErrorSummaryItem(
              approvalView.ownOpinion().id(), approvalView.ownOpinion().errorMessage()));
    }
    FormJsData formJs =
        submission == null && form.json() != null ? FormJsData.of(form.json(), prefill) : null;
    return new FormPart(
        new TaskFormView(TaskFormView.Kind.READY, shown, summary, formJs), approvalView);
  }

  private ApprovalView approvalView(
      ApprovalFields approval,
      RenderedComponent decision,
      Map<String, String> values,
      Map<String, String> errorMessages,
      Locale locale) {
    List<ApprovalView.Button> buttons = new ArrayList<>();
    int index = 0;
    for (ChoiceOption option : approval.options()) {
      buttons.add(
          new ApprovalView.Button(
              decision.optionId(index++),
              option.formValue(),
              option.label(),
              approval.approves(option.value()).orElse(null)));
    }
    RenderedComponent ownOpinion = null;
    if (!approval.opinionInForm()) {
      FormComponent field =
          new FormComponent(
              ComponentKind.TEXTAREA,
              "textarea",
              ApprovalFields.OWN_OPINION,
              messages.getMessage("approval.opinion", null, locale),
              null,
              null,
              List.of(),
              new FieldValidation(true, 2, 500, null, null, null),
              false,
              null,
              null,
              null);
      ownOpinion =
          new RenderedComponent(
              field,
              "field-approval-opinion",
              FormRenderer.PARAMETER_PREFIX + ApprovalFields.OWN_OPINION,
              values.get(ApprovalFields.OWN_OPINION),
              errorMessages.get(ApprovalFields.OWN_OPINION));
    }
    return new ApprovalView(decision, buttons, ownOpinion);
  }

  private static Status statusOf(UserTaskInfo task, TasklistUser user) {
    if (!task.isOpen()) {
      return Status.CLOSED;
    }
    if (!task.hasAssignee()) {
      return Status.UNASSIGNED;
    }
    return task.isAssignedTo(user.username()) ? Status.ASSIGNED_TO_ME : Status.ASSIGNED_TO_OTHER;
  }

  private static LoadedForm parse(UserTaskInfo task, String json) {
    try {
      return new LoadedForm(TaskFormView.Kind.READY, FormSchemaParser.parse(json), json);
    } catch (InvalidFormSchemaException e) {
      LOG.warn(
          "Form of user task {} (form key {}) cannot be read: {}",
          task.key(),
          task.formKey(),
          e.getMessage());
      return new LoadedForm(TaskFormView.Kind.INVALID, null);
    }
  }
}

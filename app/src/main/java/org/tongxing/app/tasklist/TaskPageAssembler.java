package org.tongxing.app.tasklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.tongxing.app.diagram.ProcessDiagramView;
import org.tongxing.app.diagram.ProcessPath;
import org.tongxing.app.tasklist.TaskDetailView.Status;
import org.tongxing.app.tasklist.form.ComponentKind;
import org.tongxing.app.tasklist.form.FieldError;
import org.tongxing.app.tasklist.form.FormRenderer;
import org.tongxing.app.tasklist.form.FormSchemaParser;
import org.tongxing.app.tasklist.form.InvalidFormSchemaException;
import org.tongxing.app.tasklist.form.RenderedComponent;
import org.tongxing.app.tasklist.form.SubmissionResult;

/** Builds a task page from the engine's data: task, process variables and form. */
final class TaskPageAssembler {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPageAssembler.class);

  private final TasklistGateway gateway;
  private final TasklistProperties properties;
  private final MessageSource messages;

  TaskPageAssembler(
      TasklistGateway gateway, TasklistProperties properties, MessageSource messages) {
    this.gateway = gateway;
    this.properties = properties;
    this.messages = messages;
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
        statusOf(task, user),
        variables.views(),
        diagramOf(task, locale),
        formView(form, variables, locale, submission));
  }

  /** The process diagram with the case's path and this task's step marked; null if unknown. */
  private ProcessDiagramView diagramOf(UserTaskInfo task, Locale locale) {
    if (task.processDefinitionKey() == 0) {
      return null;
    }
    ProcessPath path =
        gateway.findProcessPath(task.processInstanceKey()).orElseGet(ProcessPath::unknown);
    // the search side may not show this step as active yet; the task itself says it is
    Set<String> active = new HashSet<>(path.activeElementIds());
    if (task.isOpen()) {
      active.add(task.elementId());
    }
    ProcessPath marked =
        new ProcessPath(
            path.completedElementIds(), active, path.incidentElementIds(), path.takenFlowIds());
    String label =
        messages.getMessage(
            "diagram.label.currentStep", new Object[] {task.displayName()}, locale);
    return ProcessDiagramView.of(task.processDefinitionKey(), marked, label);
  }

  private TaskFormView formView(
      LoadedForm form, ProcessVariables variables, Locale locale, SubmissionResult submission) {
    if (form.kind() != TaskFormView.Kind.READY) {
      return TaskFormView.of(form.kind());
    }
    Map<String, Object> processValues = variables.values();
    Map<String, String> values = FormRenderer.initialValues(form.schema(), processValues);
    Map<String, String> errorMessages = new HashMap<>();
    if (submission != null) {
      values.putAll(submission.enteredValues());
      for (FieldError error : submission.errors()) {
        errorMessages.putIfAbsent(error.key(), messages.getMessage(error, locale));
      }
    }
    List<RenderedComponent> components =
        FormRenderer.render(form.schema(), values, errorMessages, processValues);
    List<ErrorSummaryItem> summary = new ArrayList<>();
    for (RenderedComponent component : components) {
      if (component.hasError()) {
        // a radio group's link goes to its first option: a fieldset cannot take focus
        String target =
            component.component().kind() == ComponentKind.RADIO
                ? component.optionId(0)
                : component.id();
        summary.add(new ErrorSummaryItem(target, component.errorMessage()));
      }
    }
    return new TaskFormView(TaskFormView.Kind.READY, components, summary);
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
      return new LoadedForm(TaskFormView.Kind.READY, FormSchemaParser.parse(json));
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

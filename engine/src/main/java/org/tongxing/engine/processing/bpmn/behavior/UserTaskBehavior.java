package org.tongxing.engine.processing.bpmn.behavior;

import java.util.List;
import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ExpressionBehavior.Evaluated;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.FormRecord;
import org.tongxing.engine.record.UserTaskRecord;

/** Creates Camunda user tasks from their {@code zeebe:} properties. */
public final class UserTaskBehavior {

  /** Camunda's default priority of a user task; priorities range over 0..100. */
  public static final int DEFAULT_PRIORITY = 50;

  private final ExpressionBehavior expressions;
  private final IncidentBehavior incidents;
  private final UserTaskTransitionBehavior transitions;

  public UserTaskBehavior(
      ExpressionBehavior expressions,
      IncidentBehavior incidents,
      UserTaskTransitionBehavior transitions) {
    this.expressions = expressions;
    this.incidents = incidents;
    this.transitions = transitions;
  }

  /**
   * Creates the user task from its properties, at once or after its creating listeners; then the
   * element is activated and the task assigned when the BPMN names an assignee (see {@link
   * UserTaskTransitionBehavior#create}). Raises an incident instead when a property cannot be
   * evaluated or the form is missing.
   */
  public void createUserTask(
      ExecutableUserTask task, BpmnElementContext instance, ProcessingContext context) {
    long scope = instance.elementInstanceKey();
    Evaluated<String> assignee = optionalString(task.getAssignee(), scope, context);
    Evaluated<List<String>> groups = optionalList(task.getCandidateGroups(), scope, context);
    Evaluated<List<String>> users = optionalList(task.getCandidateUsers(), scope, context);
    Evaluated<String> dueDate = optionalDateTime(task.getDueDate(), scope, context);
    Evaluated<String> followUpDate = optionalDateTime(task.getFollowUpDate(), scope, context);
    Evaluated<Integer> priority = priority(task.getPriority(), scope, context);
    for (Evaluated<?> evaluated :
        List.of(assignee, groups, users, dueDate, followUpDate, priority)) {
      if (evaluated.isFailure()) {
        incidents.createElementIncident(
            ErrorType.EXTRACT_VALUE_ERROR, evaluated.failure(), instance, context);
        return;
      }
    }
    long formKey = -1;
    if (task.getFormId() != null) {
      FormRecord form = context.state().forms().getLatest(task.getFormId());
      if (form == null) {
        incidents.createElementIncident(
            ErrorType.FORM_NOT_FOUND,
            "Expected to find a form with id '"
                + task.getFormId()
                + "', but no form with this id is deployed",
            instance,
            context);
        return;
      }
      formKey = form.formKey();
    }
    var process = instance.record();
    long key = context.nextKey();
    UserTaskRecord created =
        new UserTaskRecord(
            key,
            task.getName() == null ? "" : task.getName(),
            assignee.value(),
            groups.value(),
            users.value(),
            dueDate.value(),
            followUpDate.value(),
            formKey,
            task.getExternalFormReference() == null ? "" : task.getExternalFormReference(),
            priority.value(),
            task.getTaskHeaders(),
            process.bpmnProcessId(),
            process.version(),
            process.processDefinitionKey(),
            process.processInstanceKey(),
            process.elementId(),
            instance.elementInstanceKey(),
            context.now(),
            "{}",
            "",
            List.of(),
            "");
    transitions.create(task, created, instance, context);
  }

  private Evaluated<String> optionalString(
      Expression expression, long scope, ProcessingContext context) {
    return expression == null
        ? new Evaluated<>("", null)
        : expressions.evaluateString(expression, scope, context);
  }

  private Evaluated<List<String>> optionalList(
      Expression expression, long scope, ProcessingContext context) {
    return expression == null
        ? new Evaluated<>(List.of(), null)
        : expressions.evaluateStringList(expression, scope, context);
  }

  private Evaluated<String> optionalDateTime(
      Expression expression, long scope, ProcessingContext context) {
    return expression == null
        ? new Evaluated<>("", null)
        : expressions.evaluateDateTime(expression, scope, context);
  }

  private Evaluated<Integer> priority(
      Expression expression, long scope, ProcessingContext context) {
    if (expression == null) {
      return new Evaluated<>(DEFAULT_PRIORITY, null);
    }
    Evaluated<Integer> priority = expressions.evaluateInt(expression, scope, context);
    if (!priority.isFailure() && (priority.value() < 0 || priority.value() > 100)) {
      return new Evaluated<>(
          null, "Expected priority to be in the range [0,100], but was '" + priority.value() + "'");
    }
    return priority;
  }
}

package org.tongxing.engine.processing.variable;

import org.tongxing.engine.api.EngineCommand.SetVariables;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.TaskListenerBehavior;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableBehavior;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableDocumentRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Sets variables on an active process or element instance (e.g. to fix an incident's cause). On a
 * user task's element instance with updating listeners, the variables are an update of the task:
 * set once the listeners ran, which is when the command is answered.
 */
public final class SetVariablesProcessor implements CommandProcessor<SetVariables> {

  private final VariableBehavior variables;
  private final UserTaskTransitionBehavior userTaskTransitions;

  public SetVariablesProcessor(
      VariableBehavior variables, UserTaskTransitionBehavior userTaskTransitions) {
    this.variables = variables;
    this.userTaskTransitions = userTaskTransitions;
  }

  @Override
  public void process(SetVariables command, ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(command.scopeKey());
    if (scope == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to set variables on element instance '"
              + command.scopeKey()
              + "', but no such active process or element instance was found");
    }
    if (scope.userTaskKey() >= 0
        && !command.variables().isEmpty()
        && updatesUserTask(scope, command, context)) {
      context.respondWhenTransitionEnds(scope.userTaskKey());
      return;
    }
    if (command.local()) {
      variables.mergeLocal(scope.key(), command.variables(), scope.value(), context);
    } else {
      variables.mergePropagating(scope.key(), command.variables(), scope.value(), context);
    }
    context.respond(scope.key());
  }

  /**
   * Variables set on a user task's element instance update the task: with updating listeners they
   * are set once those ran (true); a task in another transition refuses them then.
   */
  private boolean updatesUserTask(
      ElementInstance scope, SetVariables command, ProcessingContext context) {
    UserTaskRecord task = context.state().userTasks().get(scope.userTaskKey());
    if (task == null) {
      return false;
    }
    VariableDocumentRecord document =
        new VariableDocumentRecord(
            scope.key(),
            java.util.Map.copyOf(command.variables()),
            command.local(),
            scope.value().processInstanceKey(),
            scope.value().processDefinitionKey(),
            scope.value().bpmnProcessId());
    var running = context.state().userTasks().getTransition(task.userTaskKey());
    if (running == null) {
      return userTaskTransitions.updateVariables(task, document, context);
    }
    if (!TaskListenerBehavior.hasListeners(userTask(task, context), UserTaskIntent.UPDATING)) {
      return false;
    }
    throw context.reject(
        RejectionType.INVALID_STATE,
        "Expected to set variables on user task"
            + " with key '"
            + task.userTaskKey()
            + "' (element instance '"
            + scope.key()
            + "'), but it is in state '"
            + running.event().lifecycleState().orElseThrow()
            + "': its "
            + running.event().name().toLowerCase(java.util.Locale.ROOT)
            + " listeners run; try again once they are done");
  }

  private static org.tongxing.engine.model.executable.ExecutableUserTask userTask(
      UserTaskRecord task, ProcessingContext context) {
    return (org.tongxing.engine.model.executable.ExecutableUserTask)
        context
            .state()
            .processes()
            .getByKey(task.processDefinitionKey())
            .executable()
            .getFlowNode(task.elementId(), org.tongxing.engine.record.BpmnElementType.USER_TASK);
  }
}

package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.EngineCommand.CompleteUserTask;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.VariableMappingBehavior;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/** Completes a user task with variables; its element then completes and the process moves on. */
public final class CompleteUserTaskProcessor implements CommandProcessor<CompleteUserTask> {

  private final VariableMappingBehavior variableMappings;

  public CompleteUserTaskProcessor(VariableMappingBehavior variableMappings) {
    this.variableMappings = variableMappings;
  }

  @Override
  public void process(CompleteUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "complete", context);
    context.appendEvent(task.userTaskKey(), UserTaskIntent.COMPLETED,
        task.withCompletion(JsonValues.toJsonObject(command.variables()),
            AssignUserTaskProcessor.blankTo(command.action(), "complete")));
    ElementInstance instance = context.state().elementInstances().get(task.elementInstanceKey());
    if (instance != null) {
      ExecutableFlowNode element =
          context.state().processes().getByKey(instance.value().processDefinitionKey())
              .executable().getFlowNode(instance.value().elementId(),
                  instance.value().bpmnElementType());
      variableMappings.applyCompletionVariables(element,
          new BpmnElementContext(instance.key(), instance.value()), command.variables(), context);
      context.followUp(new InternalCommand.CompleteElement(instance.key()));
    }
    context.respond(task.userTaskKey());
  }
}

package org.tongxing.engine.processing.job;

import org.tongxing.engine.api.EngineCommand.CompleteJob;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ExecutionListenerBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableMappingBehavior;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState.Job;

/**
 * Completes a job with variables; its element then completes and the process moves on. An
 * execution listener's job lets its element go on to the next listener or its own work.
 */
public final class CompleteJobProcessor implements CommandProcessor<CompleteJob> {

  private final VariableMappingBehavior variableMappings;
  private final ExecutionListenerBehavior executionListeners;

  public CompleteJobProcessor(
      VariableMappingBehavior variableMappings, ExecutionListenerBehavior executionListeners) {
    this.variableMappings = variableMappings;
    this.executionListeners = executionListeners;
  }

  @Override
  public void process(CompleteJob command, ProcessingContext context) {
    Job job = JobPreconditions.requireJob(command.jobKey(), "complete",
        JobPreconditions.WORKABLE, context);
    context.appendEvent(job.key(), JobIntent.COMPLETED,
        job.record().withVariables(JsonValues.toJsonObject(command.variables())));
    ElementInstance instance =
        context.state().elementInstances().get(job.record().elementInstanceKey());
    if (instance != null && job.record().forExecutionListener()) {
      executionListeners.onListenerJobCompleted(job.record(), instance, command.variables(),
          context);
    } else if (instance != null) {
      ExecutableFlowNode element =
          context.state().processes().getByKey(instance.value().processDefinitionKey())
              .executable().getFlowNode(instance.value().elementId(),
                  instance.value().bpmnElementType());
      variableMappings.applyCompletionVariables(element,
          new BpmnElementContext(instance.key(), instance.value()), command.variables(), context);
      context.followUp(new InternalCommand.CompleteElement(instance.key()));
    }
    context.respond(job.key());
  }
}

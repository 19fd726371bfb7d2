package org.tongxing.engine.processing.job;

import org.tongxing.engine.api.EngineCommand.CompleteJob;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ExecutionListenerBehavior;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableMappingBehavior;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState.Job;

/**
 * Completes a job with variables; its element then completes and the process moves on. An execution
 * listener's job lets its element go on to the next listener or its own work; a task listener's job
 * (without variables, with a result that may deny or correct) lets its user task's transition go
 * on.
 */
public final class CompleteJobProcessor implements CommandProcessor<CompleteJob> {

  private final VariableMappingBehavior variableMappings;
  private final ExecutionListenerBehavior executionListeners;
  private final UserTaskTransitionBehavior userTaskTransitions;

  public CompleteJobProcessor(
      VariableMappingBehavior variableMappings,
      ExecutionListenerBehavior executionListeners,
      UserTaskTransitionBehavior userTaskTransitions) {
    this.variableMappings = variableMappings;
    this.executionListeners = executionListeners;
    this.userTaskTransitions = userTaskTransitions;
  }

  @Override
  public void process(CompleteJob command, ProcessingContext context) {
    Job job =
        JobPreconditions.requireJob(
            command.jobKey(), "complete", JobPreconditions.WORKABLE, context);
    if (job.record().forTaskListener()) {
      UserTaskTransitionBehavior.checkListenerCompletion(
          job.key(), job.record(), command.variables(), command.result(), context);
    } else if (command.result() != null
        && (command.result().denied() || !command.result().corrections().isEmpty())) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected a job result that denies"
              + " or corrects a user task only for the job of a task listener, but job with key '"
              + job.key()
              + "' is of kind "
              + job.record().kind()
              + " (element '"
              + job.record().elementId()
              + "')");
    }
    context.appendEvent(
        job.key(),
        JobIntent.COMPLETED,
        job.record().withVariables(JsonValues.toJsonObject(command.variables())));
    ElementInstance instance =
        context.state().elementInstances().get(job.record().elementInstanceKey());
    if (instance != null && job.record().forTaskListener()) {
      userTaskTransitions.onListenerJobCompleted(job.record(), command.result(), context);
    } else if (instance != null && job.record().forExecutionListener()) {
      executionListeners.onListenerJobCompleted(
          job.record(), instance, command.variables(), context);
    } else if (instance != null) {
      ExecutableFlowNode element =
          context
              .state()
              .processes()
              .getByKey(instance.value().processDefinitionKey())
              .executable()
              .getFlowNode(instance.value().elementId(), instance.value().bpmnElementType());
      variableMappings.applyCompletionVariables(
          element,
          new BpmnElementContext(instance.key(), instance.value()),
          command.variables(),
          context);
      context.followUp(new InternalCommand.CompleteElement(instance.key()));
    }
    context.respond(job.key());
  }
}

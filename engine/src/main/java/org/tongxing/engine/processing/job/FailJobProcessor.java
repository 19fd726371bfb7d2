package org.tongxing.engine.processing.job;

import org.tongxing.engine.api.EngineCommand.FailJob;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.IncidentBehavior;
import org.tongxing.engine.processing.bpmn.behavior.VariableBehavior;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState.Job;

/**
 * Fails a job with the retries it has left: with retries it can be activated again (after the
 * back-off); without, an incident is raised.
 */
public final class FailJobProcessor implements CommandProcessor<FailJob> {

  private final VariableBehavior variables;
  private final IncidentBehavior incidents;

  public FailJobProcessor(VariableBehavior variables, IncidentBehavior incidents) {
    this.variables = variables;
    this.incidents = incidents;
  }

  @Override
  public void process(FailJob command, ProcessingContext context) {
    if (command.retryBackoff() < 0) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected a retry back-off of zero or more milliseconds, but got "
              + command.retryBackoff());
    }
    Job job =
        JobPreconditions.requireJob(command.jobKey(), "fail", JobPreconditions.WORKABLE, context);
    int retries = Math.max(0, command.retries());
    long recurringTime =
        retries > 0 && command.retryBackoff() > 0 ? context.now() + command.retryBackoff() : -1;
    String errorMessage = command.errorMessage() == null ? "" : command.errorMessage();
    JobRecord failed =
        job.record()
            .withFailure(
                retries,
                errorMessage,
                command.retryBackoff(),
                recurringTime,
                JsonValues.toJsonObject(command.variables()));
    context.appendEvent(job.key(), JobIntent.FAILED, failed);
    ElementInstance instance =
        context.state().elementInstances().get(job.record().elementInstanceKey());
    if (instance != null) {
      // a failed job's variables are local to its element, for whoever looks into the failure
      variables.mergeLocal(instance.key(), command.variables(), instance.value(), context);
      if (retries == 0) {
        incidents.createJobIncident(
            incidentType(job),
            errorMessage.isEmpty() ? "No more retries left." : errorMessage,
            new BpmnElementContext(instance.key(), instance.value()),
            job.key(),
            context);
      }
    }
    context.respond(job.key());
  }

  private static ErrorType incidentType(Job job) {
    return switch (job.record().kind()) {
      case EXECUTION_LISTENER -> ErrorType.EXECUTION_LISTENER_NO_RETRIES;
      case TASK_LISTENER -> ErrorType.TASK_LISTENER_NO_RETRIES;
      case BPMN_ELEMENT -> ErrorType.JOB_NO_RETRIES;
    };
  }
}

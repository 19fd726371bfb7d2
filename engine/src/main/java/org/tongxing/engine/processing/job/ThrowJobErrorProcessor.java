package org.tongxing.engine.processing.job;

import org.tongxing.engine.api.EngineCommand.ThrowJobError;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.ErrorEventBehavior;
import org.tongxing.engine.processing.bpmn.behavior.IncidentBehavior;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState.Job;

/**
 * A worker reports a business error: the nearest error boundary event that catches its code takes
 * over (interrupting the task); when none does, an incident is raised, as in Zeebe.
 */
public final class ThrowJobErrorProcessor implements CommandProcessor<ThrowJobError> {

  private final IncidentBehavior incidents;
  private final ErrorEventBehavior errorEvents;

  public ThrowJobErrorProcessor(IncidentBehavior incidents, ErrorEventBehavior errorEvents) {
    this.incidents = incidents;
    this.errorEvents = errorEvents;
  }

  @Override
  public void process(ThrowJobError command, ProcessingContext context) {
    if (command.errorCode() == null || command.errorCode().isBlank()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to throw an error with an error code, but the code is empty");
    }
    Job job =
        JobPreconditions.requireJob(
            command.jobKey(), "throw an error for", JobPreconditions.WORKABLE, context);
    if (job.record().forExecutionListener() || job.record().forTaskListener()) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to throw an error for job with"
              + " key '"
              + job.key()
              + "', but it is the job of "
              + (job.record().forTaskListener() ? "a task listener" : "an execution listener")
              + " ("
              + job.record().listenerEventType()
              + " of element '"
              + job.record().elementId()
              + "'): BPMN errors can be thrown only for the jobs of BPMN elements; fail the job"
              + " instead");
    }
    String message = command.errorMessage() == null ? "" : command.errorMessage();
    context.appendEvent(
        job.key(),
        JobIntent.ERROR_THROWN,
        job.record()
            .withError(command.errorCode(), message, JsonValues.toJsonObject(command.variables())));
    ElementInstance instance =
        context.state().elementInstances().get(job.record().elementInstanceKey());
    if (instance != null
        && !errorEvents.throwError(
            command.errorCode(), instance.key(), command.variables(), context)) {
      incidents.createJobIncident(
          ErrorType.UNHANDLED_ERROR_EVENT,
          "Expected to throw an error event with the code '"
              + command.errorCode()
              + "' with message '"
              + message
              + "', but it was not caught. No error events are available in the scope.",
          new BpmnElementContext(instance.key(), instance.value()),
          job.key(),
          context);
    }
    context.respond(job.key());
  }
}

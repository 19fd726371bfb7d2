package org.tongxing.engine.processing.job;

import java.util.EnumSet;
import org.tongxing.engine.api.EngineCommand.UpdateJob;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.JobState.Job;
import org.tongxing.engine.state.immutable.JobState.Status;

/** Changes a job's retries (e.g. before resolving its incident) or an activated job's timeout. */
public final class UpdateJobProcessor implements CommandProcessor<UpdateJob> {

  @Override
  public void process(UpdateJob command, ProcessingContext context) {
    if (command.retries() == null && command.timeout() == null) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to update the retries or the timeout of job '"
              + command.jobKey()
              + "', but neither was given");
    }
    Job job =
        JobPreconditions.requireJob(
            command.jobKey(), "update", EnumSet.allOf(Status.class), context);
    if (command.retries() != null) {
      if (command.retries() < 1) {
        throw context.reject(
            RejectionType.INVALID_ARGUMENT,
            "Expected retries to be greater than zero, but got " + command.retries());
      }
      context.appendEvent(
          job.key(), JobIntent.RETRIES_UPDATED, job.record().withRetries(command.retries()));
      job = context.state().jobs().get(job.key());
    }
    if (command.timeout() != null) {
      if (job.status() != Status.ACTIVATED) {
        throw context.reject(
            RejectionType.INVALID_STATE,
            "Expected to update the timeout of job '" + job.key() + "', but it is not activated");
      }
      context.appendEvent(
          job.key(),
          JobIntent.TIMEOUT_UPDATED,
          job.record().withActivation(job.record().worker(), context.now() + command.timeout()));
    }
    context.respond(job.key());
  }
}

package org.tongxing.engine.processing.job;

import java.util.EnumSet;
import java.util.Set;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.state.immutable.JobState.Job;
import org.tongxing.engine.state.immutable.JobState.Status;

/** Finds the job a command names and checks that the command may act on it. */
final class JobPreconditions {

  /** Jobs that a worker may complete, fail or throw an error for: activated or activatable. */
  static final Set<Status> WORKABLE = EnumSet.of(Status.ACTIVATABLE, Status.ACTIVATED);

  private JobPreconditions() {}

  static Job requireJob(
      long jobKey, String action, Set<Status> allowed, ProcessingContext context) {
    Job job = context.state().jobs().get(jobKey);
    if (job == null) {
      throw context.reject(
          RejectionType.NOT_FOUND,
          "Expected to " + action + " job with key '" + jobKey + "', but no such job was found");
    }
    if (!allowed.contains(job.status())) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to "
              + action
              + " job with key '"
              + jobKey
              + "', but it is in state '"
              + describe(job)
              + "'");
    }
    return job;
  }

  private static String describe(Job job) {
    return switch (job.status()) {
      case FAILED ->
          job.record().retries() > 0
              ? "FAILED (waiting for its retry back-off)"
              : "FAILED (no retries left, an incident is open)";
      case ERROR_THROWN -> "ERROR_THROWN";
      default -> job.status().name();
    };
  }
}

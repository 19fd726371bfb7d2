package org.tongxing.workers.bureau;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import java.time.Duration;

/** How a worker fails its job when a bureau system cannot help. */
public final class BureauJobErrors {

  private BureauJobErrors() {}

  /**
   * Fails the job with one retry less, to be retried after {@code retryBackoff}; when no retry is
   * left, the engine raises an incident.
   */
  public static JobError retryLater(BureauUnavailableException e, Duration retryBackoff) {
    // retries null: the starter fails the job with its retries minus one, so they run out
    return CamundaError.jobError(e.getMessage(), null, null, retryBackoff, e);
  }

  /**
   * Fails the job with no retries left: an incident at once, since retrying cannot help (a {@link
   * BureauRequestInvalidException}, a variable the process did not provide).
   */
  public static JobError incidentNow(RuntimeException e) {
    return CamundaError.jobError(e.getMessage(), null, 0, null, e);
  }
}

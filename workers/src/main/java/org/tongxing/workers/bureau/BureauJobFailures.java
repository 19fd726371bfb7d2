package org.tongxing.workers.bureau;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import java.time.Duration;

/**
 * How a worker fails its job when a bureau system cannot answer: technical failures are retried
 * after a back-off until the task's retries run out (then the engine raises an incident); a refusal
 * that the same request would meet again raises the incident at once.
 */
public final class BureauJobFailures {

  private BureauJobFailures() {}

  /** Fails the job with one retry less, to be retried after {@code backoff}. */
  public static JobError retryLater(BureauUnavailableException e, Duration backoff) {
    // retries null: the starter fails the job with its retries minus one, so they run out
    return CamundaError.jobError(e.getMessage(), null, null, backoff, e);
  }

  /** Fails the job with no retries left: an incident that names the bureau's answer. */
  public static JobError incidentNow(BureauRejectedException e) {
    return CamundaError.jobError(e.getMessage(), null, 0, Duration.ZERO, e);
  }
}

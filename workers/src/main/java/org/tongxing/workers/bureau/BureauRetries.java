package org.tongxing.workers.bureau;

import io.camunda.client.exception.JobError;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How a worker gives up on a job for now when its bureau system gives no answer: it fails the job
 * with one retry less and a back-off, so the engine offers the job again later and raises an
 * incident when no retry is left (a technical failure, never a business outcome).
 *
 * <p>The back-off is {@code tongxing.workers.<worker>.retry-backoff}, else {@code
 * tongxing.workers.retry-backoff}, else 10 s.
 */
@Component
public class BureauRetries {

  static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(10);

  private final Environment environment;

  public BureauRetries(Environment environment) {
    this.environment = environment;
  }

  /**
   * @param worker the worker's property key, for example {@code check-household-registrations}
   * @return the error to throw from the job handler
   */
  public JobError retryLater(String worker, BureauUnavailableException cause) {
    return BureauJobErrors.retryLater(cause, backoff(worker));
  }

  Duration backoff(String worker) {
    // the Binder converts "10s" and "1m" as @ConfigurationProperties do
    Binder binder = Binder.get(environment);
    Duration common =
        binder.bind("tongxing.workers.retry-backoff", Duration.class).orElse(DEFAULT_BACKOFF);
    return binder
        .bind("tongxing.workers." + worker + ".retry-backoff", Duration.class)
        .orElse(common);
  }
}

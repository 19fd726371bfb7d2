package org.tongxing.workers.rehabilitation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the workers of items 5 and 6 wait before a failed bureau call is tried again: {@code
 * tongxing.workers.rehabilitation.retry-backoff}, 10 s by default.
 */
@Component
public class RetryBackoff {

  private final Duration backoff;

  public RetryBackoff(
      @Value("${tongxing.workers.rehabilitation.retry-backoff:10s}") Duration backoff) {
    this.backoff = backoff;
  }

  public Duration duration() {
    return backoff;
  }
}

package org.tongxing.sandbox.faults;

/**
 * Latency and faults of one simulated bureau system.
 *
 * @param latencyMs delay before every answer, in milliseconds
 * @param failureRate share of requests (0 to 1) answered with 503
 * @param failNext number of next requests answered with 503, whatever the rate
 */
public record FaultSettings(long latencyMs, double failureRate, int failNext) {

  public FaultSettings {
    if (latencyMs < 0 || latencyMs > 60_000) {
      throw new IllegalArgumentException(
          "Expected latencyMs between 0 and 60000, but was " + latencyMs);
    }
    if (!(failureRate >= 0 && failureRate <= 1)) {
      throw new IllegalArgumentException(
          "Expected failureRate between 0 and 1, but was " + failureRate);
    }
    if (failNext < 0) {
      throw new IllegalArgumentException("Expected failNext to be at least 0, but was " + failNext);
    }
  }

  /** These settings with each given value replaced; {@code null} keeps the current one. */
  FaultSettings with(Long latencyMs, Double failureRate, Integer failNext) {
    return new FaultSettings(
        latencyMs != null ? latencyMs : this.latencyMs,
        failureRate != null ? failureRate : this.failureRate,
        failNext != null ? failNext : this.failNext);
  }
}

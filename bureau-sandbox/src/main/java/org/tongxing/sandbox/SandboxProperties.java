package org.tongxing.sandbox;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up settings of the bureau sandbox ({@code tongxing.sandbox.*}).
 *
 * @param enabled serve the simulated bureau systems under {@code /sandbox/**}; off by default
 * @param latencyMs delay added to every answer of every simulated system, in milliseconds; {@code
 *     DELETE /sandbox/admin/faults} returns to this value
 * @param failureRate share of requests (0 to 1) answered with 503; {@code DELETE
 *     /sandbox/admin/faults} returns to this value
 * @param journalDir folder where the systems that take writes (treasury, notices, benefit register,
 *     designated institutions, legal aid) keep them across restarts, one {@code .jsonl} file each;
 *     none: in memory, for as long as the app runs
 */
@ConfigurationProperties("tongxing.sandbox")
public record SandboxProperties(
    boolean enabled,
    @DefaultValue("0") long latencyMs,
    @DefaultValue("0") double failureRate,
    Path journalDir) {

  public SandboxProperties {
    if (latencyMs < 0) {
      throw new IllegalArgumentException(
          "Expected tongxing.sandbox.latency-ms to be at least 0, but was " + latencyMs);
    }
    if (failureRate < 0 || failureRate > 1) {
      throw new IllegalArgumentException(
          "Expected tongxing.sandbox.failure-rate between 0 and 1, but was " + failureRate);
    }
  }
}

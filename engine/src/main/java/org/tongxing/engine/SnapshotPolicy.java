package org.tongxing.engine;

import java.time.Duration;

/**
 * When the engine snapshots its state: after {@code records} records or {@code period} of time,
 * whichever comes first, and at a clean stop.
 *
 * @param period the longest time between snapshots; zero or less for none but at a clean stop
 * @param records the most records between snapshots
 * @param compactLog whether the log that a snapshot holds (and every exporter has) is deleted;
 *     false keeps the whole log, as an audit trail of every command's effects
 */
public record SnapshotPolicy(Duration period, long records, boolean compactLog) {

  public static final SnapshotPolicy DEFAULT =
      new SnapshotPolicy(Duration.ofMinutes(5), 250_000, true);

  /** Snapshots only at a clean stop. */
  public static final SnapshotPolicy AT_STOP_ONLY = new SnapshotPolicy(Duration.ZERO, 0, true);

  public boolean isEnabled() {
    return !period.isZero() && !period.isNegative() && records > 0;
  }
}

package org.tongxing.engine.exporter;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Keeps the search side current under load by slowing the engine's writes to what the exporters
 * store, as Zeebe's write-rate throttling does. While an exporter's oldest record not yet stored
 * was committed longer ago than {@code maxExportDelay}, the writer writes at most a share of that
 * exporter's own rate, so its backlog shrinks while the engine goes on: the delay over how far
 * behind it is, between {@value #MIN_SHARE_OF_EXPORT_RATE} (far behind: the backlog shrinks fast)
 * and {@value #MAX_SHARE_OF_EXPORT_RATE} (just behind); within the delay up to four times its rate
 * ({@link #updateLimit}). Once the writer no longer has to wait, it writes as fast as it can. An
 * exporter that is failing (Elasticsearch unreachable) slows nothing: it catches up from the log
 * when it is back, and is then held to its rate like any other.
 *
 * <p>Used by the writer thread only: it tells each commit ({@link #committed}) and asks before each
 * batch how long to wait ({@link #pauseNanos}); {@link #limit()} may be read by any thread.
 */
public final class ExportFlowControl {

  /** The most of a behind exporter's rate the writer may write: its backlog shrinks by the rest. */
  static final double MAX_SHARE_OF_EXPORT_RATE = 0.9;

  /** The least of it, however far behind the exporter is: the engine never stops. */
  static final double MIN_SHARE_OF_EXPORT_RATE = 0.25;

  /** The least rate the writer is held to, records a second, however slow an exporter is. */
  static final double MIN_RECORDS_PER_SECOND = 100;

  /** Commits whose time is kept: at the engine's most, several seconds of them. */
  static final int COMMITS_KEPT = 1 << 16;

  /**
   * The multiple of its rate an exporter with nothing waiting allows; it falls to one at the
   * maximum delay. Four rather than two: the export-rate benchmark's engine wrote 151,500 records/s
   * beside the projection with four, 98,600 with two (medians of four runs), 138,600 without flow
   * control (which fell up to 1.2 s behind).
   */
  static final double MULTIPLE_WITH_NOTHING_WAITING = 4;

  /** How much an exporter that has stored everything lets the limit rise a sample. */
  static final double RAISE_PER_SAMPLE = 1.25;

  /** An exporter's rate is measured over at least this long, while it has a backlog throughout. */
  static final long RATE_SAMPLE_NANOS = 100_000_000L;

  /** What the flow control reads of the exporters. */
  interface Exporters {
    int count();

    /** The last position exporter {@code i} stored. */
    long exportedPosition(int i);

    /** Whether exporter {@code i} is failing now (retrying with back-off). */
    boolean failing(int i);
  }

  private final long maxDelayNanos;
  private final Exporters exporters;

  /** A ring of the last commits: their last position and when they were committed. */
  private final long[] commitPositions = new long[COMMITS_KEPT];

  private final long[] commitTimes = new long[COMMITS_KEPT];
  private int oldest;
  private int commits;

  private final long[] sampledPositions;
  private final boolean[] busyAtSample;
  private final double[] rates;
  private long sampledAt = Long.MIN_VALUE;

  /** When the writer may write next while it is held to a rate; before it, it waits. */
  private long nextWriteAt;

  private volatile double limit = Double.NaN;

  /** The exporter whose rate the limit was last set from. */
  private int limitedBy = -1;

  /** Whether the writer had to wait since the last sample: the limit held it back. */
  private boolean pausedSinceSample;

  /**
   * @param maxExportDelay how old the oldest record an exporter has not stored may get before the
   *     writer slows down; zero or null turns flow control off
   */
  ExportFlowControl(Duration maxExportDelay, Exporters exporters) {
    this.maxDelayNanos =
        maxExportDelay == null || maxExportDelay.isNegative() ? 0 : maxExportDelay.toNanos();
    this.exporters = exporters;
    this.sampledPositions = new long[exporters.count()];
    this.busyAtSample = new boolean[exporters.count()];
    this.rates = new double[exporters.count()];
  }

  /** The writer committed records up to {@code lastPosition}, {@code records} of them. */
  public void committed(long lastPosition, int records, long now) {
    if (maxDelayNanos == 0) {
      return;
    }
    int slot = (oldest + commits) % COMMITS_KEPT;
    if (commits == COMMITS_KEPT) {
      oldest = (oldest + 1) % COMMITS_KEPT;
    } else {
      commits++;
    }
    commitPositions[slot] = lastPosition;
    commitTimes[slot] = now;
    double current = limit;
    if (!Double.isNaN(current)) {
      // no credit for time the writer had nothing to write: a rate, not a budget
      nextWriteAt = Math.max(nextWriteAt, now) + (long) (records / current * 1e9);
    }
  }

  /** How long the writer waits before its next batch; 0 to go ahead. */
  public long pauseNanos(long now) {
    if (maxDelayNanos == 0 || exporters.count() == 0) {
      return 0;
    }
    if (sampledAt == Long.MIN_VALUE || now - sampledAt >= RATE_SAMPLE_NANOS) {
      sampleRates(now);
      updateLimit(now);
    }
    if (Double.isNaN(limit) || nextWriteAt <= now) {
      return 0;
    }
    pausedSinceSample = true;
    return nextWriteAt - now;
  }

  /**
   * Sets the writer's limit from the exporters, once a sample. It engages when an exporter's delay
   * exceeds the maximum. While engaged, each exporter allows a multiple of its rate that falls with
   * its delay: {@value #MULTIPLE_WITH_NOTHING_WAITING} times its rate with nothing waiting, once at
   * the maximum delay, less beyond it (the delay over how far behind it is, down to {@value
   * #MIN_SHARE_OF_EXPORT_RATE}), so the writer settles at the exporter's rate near the delay
   * instead of swinging between full speed and standstill. An exporter that has stored everything
   * at a sample allows a quarter more than the limit (its rate is not measured while it waits for
   * records). The writer is let go once it did not have to wait during a whole sample, or when the
   * exporter it was held to fails.
   */
  private void updateLimit(long now) {
    long committedPosition = commits == 0 ? 0 : commitPositions[newest()];
    double target = Double.POSITIVE_INFINITY;
    int limiter = -1;
    boolean behind = false;
    for (int i = 0; i < exporters.count(); i++) {
      if (exporters.failing(i) || rates[i] == 0) {
        continue; // failing, or its rate not known yet: nothing to hold the writer to
      }
      long position = exporters.exportedPosition(i);
      double allowed;
      if (position >= committedPosition) {
        allowed = Double.isNaN(limit) ? Double.POSITIVE_INFINITY : limit * RAISE_PER_SAMPLE;
      } else {
        // how old its oldest record waiting is, or how long it needs for those waiting if longer:
        // a burst is seen before its records have aged
        long delay =
            Math.max(
                now - oldestUnexportedCommit(position, now),
                (long) ((committedPosition - position) / rates[i] * 1e9));
        behind |= delay > maxDelayNanos;
        double multiple =
            delay <= maxDelayNanos
                ? MULTIPLE_WITH_NOTHING_WAITING
                    - (MULTIPLE_WITH_NOTHING_WAITING - 1) * delay / (double) maxDelayNanos
                : Math.max(
                    MIN_SHARE_OF_EXPORT_RATE,
                    Math.min(MAX_SHARE_OF_EXPORT_RATE, maxDelayNanos / (double) delay));
        allowed = Math.max(MIN_RECORDS_PER_SECOND, rates[i] * multiple);
      }
      if (allowed < target) {
        target = allowed;
        limiter = i;
      }
    }
    boolean engaged = !Double.isNaN(limit);
    boolean limiterFailing = limitedBy >= 0 && exporters.failing(limitedBy);
    if (!engaged && behind) {
      limit = target;
      limitedBy = limiter;
    } else if (engaged && (limiterFailing || (!pausedSinceSample && !behind) || limiter < 0)) {
      limit = Double.NaN;
      limitedBy = -1;
    } else if (engaged) {
      limit = target;
      limitedBy = limiter;
    }
    pausedSinceSample = false;
  }

  /** The records a second the writer is held to now, or empty while it writes freely. */
  public OptionalDouble limit() {
    double current = limit;
    return Double.isNaN(current) ? OptionalDouble.empty() : OptionalDouble.of(current);
  }

  /**
   * Measures each exporter's rate over the last sample, if it had records waiting at both ends of
   * it (an exporter with nothing to do is not slow).
   */
  private void sampleRates(long now) {
    long committedPosition = commits == 0 ? 0 : commitPositions[newest()];
    for (int i = 0; i < exporters.count(); i++) {
      long position = exporters.exportedPosition(i);
      boolean busy = position < committedPosition;
      if (sampledAt != Long.MIN_VALUE && busy && busyAtSample[i]) {
        double rate = (position - sampledPositions[i]) / ((now - sampledAt) / 1e9);
        rates[i] = rates[i] == 0 ? rate : 0.5 * rates[i] + 0.5 * rate;
      }
      sampledPositions[i] = position;
      busyAtSample[i] = busy;
    }
    sampledAt = now;
  }

  /**
   * When the first commit with records after {@code exportedPosition} was made; {@code now} when
   * there is none, the oldest commit kept when all kept are after it.
   */
  private long oldestUnexportedCommit(long exportedPosition, long now) {
    if (commits == 0 || commitPositions[newest()] <= exportedPosition) {
      return now;
    }
    int low = 0;
    int high = commits - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (commitPositions[(oldest + middle) % COMMITS_KEPT] > exportedPosition) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return commitTimes[(oldest + low) % COMMITS_KEPT];
  }

  private int newest() {
    return (oldest + commits - 1) % COMMITS_KEPT;
  }
}

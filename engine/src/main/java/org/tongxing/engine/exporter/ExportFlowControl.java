package org.tongxing.engine.exporter;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Keeps the search side current under load by slowing the engine's writes to what the exporters
 * store, as Zeebe's write-rate throttling does. An exporter is behind when its oldest record not
 * yet stored was committed longer ago than {@code maxExportDelay}, or when it needs longer than
 * that for the records waiting (a chunk or more), at its own rate (what it stores a second of its
 * working time, not of the records it was given). While one is behind, the writer writes at most a
 * share of that exporter's rate, so its backlog shrinks while the engine goes on: the delay over
 * how far behind it is, between {@value #MIN_SHARE_OF_EXPORT_RATE} (far behind: the backlog shrinks
 * fast) and {@value #MAX_SHARE_OF_EXPORT_RATE} (just behind). Once none is behind, the writer
 * writes as fast as it can, and is held again before the batch that puts an exporter behind again.
 * An exporter that is failing (Elasticsearch unreachable) slows nothing: it catches up from the log
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

  /** The exporters' rates are measured this often (their delays before every batch). */
  static final long RATE_SAMPLE_NANOS = 100_000_000L;

  /** An exporter's rate is measured over at least this much of its work. */
  static final long MIN_WORK_NANOS = 5_000_000L;

  /** What the flow control reads of the exporters. */
  interface Exporters {
    int count();

    /** The last position exporter {@code i} stored. */
    long exportedPosition(int i);

    /** Whether exporter {@code i} is failing now (retrying with back-off). */
    boolean failing(int i);

    /** How many records exporter {@code i} has stored since it started. */
    long exportedRecords(int i);

    /** How long exporter {@code i} has spent storing them, ns (its export calls that returned). */
    long exportNanos(int i);

    /** The most records exporter {@code i} takes at once. */
    int chunkSize(int i);
  }

  private final long maxDelayNanos;
  private final Exporters exporters;

  /** A ring of the last commits: their last position and when they were committed. */
  private final long[] commitPositions = new long[COMMITS_KEPT];

  private final long[] commitTimes = new long[COMMITS_KEPT];
  private int oldest;
  private int commits;

  private final long[] sampledRecords;
  private final long[] sampledWork;
  private final double[] rates;
  private long sampledAt = Long.MIN_VALUE;

  /** When the writer may write next while it is held to a rate; before it, it waits. */
  private long nextWriteAt;

  private volatile double limit = Double.NaN;

  /**
   * @param maxExportDelay how old the oldest record an exporter has not stored may get before the
   *     writer slows down; zero or null turns flow control off
   */
  ExportFlowControl(Duration maxExportDelay, Exporters exporters) {
    this.maxDelayNanos =
        maxExportDelay == null || maxExportDelay.isNegative() ? 0 : maxExportDelay.toNanos();
    this.exporters = exporters;
    this.sampledRecords = new long[exporters.count()];
    this.sampledWork = new long[exporters.count()];
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
    }
    // before every batch: a writer let go is held again within a batch of falling behind
    updateLimit(now);
    if (Double.isNaN(limit) || nextWriteAt <= now) {
      return 0;
    }
    return nextWriteAt - now;
  }

  /** Holds the writer to a share of the rate of the exporter furthest behind, if one is. */
  private void updateLimit(long now) {
    long committedPosition = commits == 0 ? 0 : commitPositions[newest()];
    double target = Double.POSITIVE_INFINITY;
    for (int i = 0; i < exporters.count(); i++) {
      long position = exporters.exportedPosition(i);
      if (exporters.failing(i) || rates[i] == 0 || position >= committedPosition) {
        continue; // failing, its rate not known yet, or nothing waiting: it holds nothing back
      }
      // how old its oldest record waiting is, or, with a chunk or more waiting, how long it needs
      // for them if longer: a burst is seen before its records have aged. (Not for less: its rate
      // measured on small chunks, each a commit, is far below its rate on full ones.)
      long waiting = committedPosition - position;
      long age = now - oldestUnexportedCommit(position, now);
      long delay =
          waiting >= exporters.chunkSize(i)
              ? Math.max(age, (long) (waiting / rates[i] * 1e9))
              : age;
      if (delay > maxDelayNanos) {
        double share =
            Math.max(
                MIN_SHARE_OF_EXPORT_RATE,
                Math.min(MAX_SHARE_OF_EXPORT_RATE, maxDelayNanos / (double) delay));
        target = Math.min(target, Math.max(MIN_RECORDS_PER_SECOND, rates[i] * share));
      }
    }
    limit = Double.isInfinite(target) ? Double.NaN : target;
  }

  /** The records a second the writer is held to now, or empty while it writes freely. */
  public OptionalDouble limit() {
    double current = limit;
    return Double.isNaN(current) ? OptionalDouble.empty() : OptionalDouble.of(current);
  }

  /**
   * Measures each exporter's rate: the records it stored over the time it spent storing them, since
   * the last sample (if it worked at least {@link #MIN_WORK_NANOS} meanwhile). What it can store,
   * not what it was given: an exporter that waits for the writer is not slow, and a writer held to
   * an exporter's throughput would hold it down ever more.
   */
  private void sampleRates(long now) {
    for (int i = 0; i < exporters.count(); i++) {
      long records = exporters.exportedRecords(i);
      long work = exporters.exportNanos(i);
      if (sampledAt != Long.MIN_VALUE && work - sampledWork[i] >= MIN_WORK_NANOS) {
        double rate = (records - sampledRecords[i]) / ((work - sampledWork[i]) / 1e9);
        rates[i] = rates[i] == 0 ? rate : 0.5 * rates[i] + 0.5 * rate;
      }
      sampledRecords[i] = records;
      sampledWork[i] = work;
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

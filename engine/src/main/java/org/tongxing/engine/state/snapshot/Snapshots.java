package org.tongxing.engine.state.snapshot;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.SnapshotPolicy;
import org.tongxing.engine.log.JdbcSnapshotStore;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.state.appliers.EventAppliers;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * Snapshots keep start-up from growing with the log: the writer takes one between batches when the
 * policy says so (and at a clean stop); a start restores the latest and replays only what came
 * after it. Log batches that the snapshot and every exporter have are then deleted.
 *
 * <p>The writer only pauses to copy its state (its values are immutable records, so that is a copy
 * of the maps that hold them); encoding, storing and deleting the log behind it happen on a thread
 * of their own, one snapshot at a time. A snapshot is due again only once the previous one is
 * stored.
 */
public final class Snapshots implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

  /** Positions per DELETE when compacting: short transactions beside the writer's. */
  static final long COMPACTION_STEP = 20_000;

  private final JdbcSnapshotStore store;
  private final LogStore log;
  private final SnapshotPolicy policy;
  private final LongSupplier exportedPosition;
  private final LongSupplier systemClock;
  private final SnapshotCodec codec = new SnapshotCodec();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "tongxing-engine-snapshot");
            thread.setDaemon(true);
            return thread;
          });

  /** Written by the writer thread only. */
  private long lastPosition;

  private long lastTime;
  private long compactedTo;
  private Future<?> inProgress;

  public Snapshots(
      JdbcSnapshotStore store,
      LogStore log,
      SnapshotPolicy policy,
      LongSupplier exportedPosition,
      LongSupplier systemClock) {
    this.store = store;
    this.log = log;
    this.policy = policy;
    this.exportedPosition = exportedPosition;
    this.systemClock = systemClock;
  }

  /** The position of the latest stored snapshot, without reading it; 0 when there is none. */
  public long latestPosition() {
    return store.latestPosition();
  }

  /** Restores the latest snapshot into the empty state; the position it holds, or 0. */
  public long restore(EngineState state, EventAppliers appliers) {
    lastTime = systemClock.getAsLong();
    JdbcSnapshotStore.StoredSnapshot stored = store.latest();
    if (stored == null) {
      return 0;
    }
    EngineSnapshot snapshot = codec.decode(stored.data());
    appliers.restore(snapshot);
    lastPosition = snapshot.position();
    return lastPosition;
  }

  /**
   * Takes a snapshot when enough records or time have passed since the last one and the last one is
   * stored; the writer goes on while it is compressed and stored.
   */
  public void maybeTake(EngineState state, long position) {
    long records = position - lastPosition;
    if (records <= 0 || !policy.isEnabled() || (inProgress != null && !inProgress.isDone())) {
      return;
    }
    if (records >= policy.records()
        || systemClock.getAsLong() - lastTime >= policy.period().toMillis()) {
      start(state, position);
    }
  }

  /**
   * Takes a snapshot of the state as of the position and waits until it is stored: at a clean stop,
   * when the writer has stopped.
   */
  public void take(EngineState state, long position) {
    awaitInProgress();
    if (position > lastPosition) {
      start(state, position);
      awaitInProgress();
    }
  }

  /** Copies the state (no batch may be in progress), then stores it in the background. */
  private void start(EngineState state, long position) {
    long started = systemClock.getAsLong();
    lastTime = started;
    EngineSnapshot snapshot;
    try {
      snapshot = state.snapshot(position);
    } catch (RuntimeException e) {
      LOG.warn(
          "Expected to take a snapshot at position {}, but failed; retrying later", position, e);
      return;
    }
    long paused = systemClock.getAsLong() - started;
    lastPosition = position;
    long compactFrom = compactedTo;
    long compactTo = policy.compactLog() ? Math.min(position, exportedPosition.getAsLong()) : 0;
    if (compactTo > compactedTo) {
      compactedTo = compactTo;
    }
    inProgress = background.submit(() -> store(snapshot, started, paused, compactFrom, compactTo));
  }

  private void store(
      EngineSnapshot snapshot, long started, long paused, long compactFrom, long compactTo) {
    long position = snapshot.position();
    try {
      byte[] data = codec.encode(snapshot);
      store.save(position, started, data);
      for (long upTo = compactFrom; upTo < compactTo; ) {
        upTo = Math.min(upTo + COMPACTION_STEP, compactTo);
        log.deleteUpTo(upTo);
      }
      LOG.info(
          "Snapshot at position {}: {} KiB, the writer paused {} ms, stored in {} ms; log"
              + " compacted up to position {}",
          position,
          data.length / 1024,
          paused,
          systemClock.getAsLong() - started,
          compactTo);
    } catch (RuntimeException e) {
      // the log still holds everything: a failed snapshot only costs start-up time
      LOG.warn(
          "Expected to store the snapshot at position {}, but failed; retrying later", position, e);
    }
  }

  private void awaitInProgress() {
    if (inProgress == null) {
      return;
    }
    try {
      inProgress.get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("Expected the snapshot in progress to be stored, but it was not", e);
    }
  }

  /** Waits for a snapshot being stored, then stops the background thread. */
  @Override
  public void close() {
    awaitInProgress();
    background.shutdown();
  }
}

package org.tongxing.engine.state.snapshot;

import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxing.engine.SnapshotPolicy;
import org.tongxing.engine.log.JdbcSnapshotStore;
import org.tongxing.engine.log.LogStore;
import org.tongxing.engine.state.appliers.EventAppliers;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * Snapshots keep start-up from growing with the log: the writer takes one between batches when
 * the policy says so (and at a clean stop); a start restores the latest and replays only what
 * came after it. Log batches that the snapshot and every exporter have are then deleted.
 */
public final class Snapshots {

  private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

  private final JdbcSnapshotStore store;
  private final LogStore log;
  private final SnapshotPolicy policy;
  private final LongSupplier exportedPosition;
  private final LongSupplier systemClock;
  private final SnapshotCodec codec = new SnapshotCodec();
  private long lastPosition;
  private long lastTime;

  public Snapshots(JdbcSnapshotStore store, LogStore log, SnapshotPolicy policy,
      LongSupplier exportedPosition, LongSupplier systemClock) {
    this.store = store;
    this.log = log;
    this.policy = policy;
    this.exportedPosition = exportedPosition;
    this.systemClock = systemClock;
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

  /** Takes a snapshot when enough records or time have passed since the last one. */
  public void maybeTake(EngineState state, long position) {
    long records = position - lastPosition;
    if (records <= 0 || !policy.isEnabled()) {
      return;
    }
    if (records >= policy.records()
        || systemClock.getAsLong() - lastTime >= policy.period().toMillis()) {
      take(state, position);
    }
  }

  /** Takes a snapshot of the state as of the position (no batch may be in progress). */
  public void take(EngineState state, long position) {
    if (position <= lastPosition) {
      return;
    }
    long started = systemClock.getAsLong();
    lastTime = started;
    try {
      byte[] data = codec.encode(state.snapshot(position));
      store.save(position, started, data);
      lastPosition = position;
      long compactTo = policy.compactLog() ? Math.min(position, exportedPosition.getAsLong()) : 0;
      if (compactTo > 0) {
        log.deleteUpTo(compactTo);
      }
      LOG.info("Snapshot at position {}: {} KiB in {} ms; log compacted up to position {}",
          position, data.length / 1024, systemClock.getAsLong() - started, compactTo);
    } catch (RuntimeException e) {
      // the log still holds everything: a failed snapshot only costs start-up time
      LOG.warn("Expected to take a snapshot at position {}, but failed; retrying later",
          position, e);
    }
  }
}

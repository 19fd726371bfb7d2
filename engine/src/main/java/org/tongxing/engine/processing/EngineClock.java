package org.tongxing.engine.processing;

import java.util.function.LongSupplier;
import org.tongxing.engine.state.mutable.EngineState;

/**
 * The one clock of the engine: the system clock, unless a test pinned it ({@code PUT /v2/clock}).
 * Record timestamps, job deadlines, due dates and FEEL's {@code now()} all read it.
 */
public final class EngineClock implements LongSupplier {

  private final EngineState state;
  private final LongSupplier systemClock;

  public EngineClock(EngineState state, LongSupplier systemClock) {
    this.state = state;
    this.systemClock = systemClock;
  }

  /** Epoch milliseconds. */
  public long now() {
    long pinned = state.pinnedClock();
    return pinned >= 0 ? pinned : systemClock.getAsLong();
  }

  /** The real time, for waiting: pinning the engine clock does not stop wall-clock waits. */
  public long systemNow() {
    return systemClock.getAsLong();
  }

  @Override
  public long getAsLong() {
    return now();
  }
}

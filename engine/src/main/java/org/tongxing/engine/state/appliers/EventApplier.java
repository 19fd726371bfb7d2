package org.tongxing.engine.state.appliers;

import org.tongxing.engine.record.RecordValue;

/** Changes the state as one event says. Appliers are the only code that writes engine state. */
@FunctionalInterface
public interface EventApplier<T extends RecordValue> {

  void apply(long key, T value);
}

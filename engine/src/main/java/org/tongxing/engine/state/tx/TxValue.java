package org.tongxing.engine.state.tx;

/** A single mutable value whose changes can be undone through an {@link UndoLog}. */
public final class TxValue<V> {

  private final UndoLog undoLog;
  private V value;

  public TxValue(UndoLog undoLog, V initial) {
    this.undoLog = undoLog;
    this.value = initial;
  }

  public V get() {
    return value;
  }

  public void set(V newValue) {
    V previous = value;
    value = newValue;
    undoLog.record(() -> value = previous);
  }
}

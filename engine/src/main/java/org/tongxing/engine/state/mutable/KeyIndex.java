package org.tongxing.engine.state.mutable;

import java.util.LinkedHashSet;
import java.util.List;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.TxSet;
import org.tongxing.engine.state.tx.UndoLog;

/** An undoable index from a key (a name, an owner) to entity keys, in insertion order. */
final class KeyIndex<K> {

  private final UndoLog undoLog;
  private final TxMap<K, TxSet<Long>> index;

  KeyIndex(UndoLog undoLog) {
    this.undoLog = undoLog;
    this.index = new TxMap<>(undoLog);
  }

  void add(K key, long value) {
    TxSet<Long> values = index.get(key);
    if (values == null) {
      values = new TxSet<>(undoLog, new LinkedHashSet<>());
      index.put(key, values);
    }
    values.add(value);
  }

  void remove(K key, long value) {
    TxSet<Long> values = index.get(key);
    if (values != null) {
      values.remove(value);
      if (values.isEmpty()) {
        index.remove(key);
      }
    }
  }

  List<Long> get(K key) {
    TxSet<Long> values = index.get(key);
    return values == null ? List.of() : List.copyOf(values.asSet());
  }
}

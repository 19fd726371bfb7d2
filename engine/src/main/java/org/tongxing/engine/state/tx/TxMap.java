package org.tongxing.engine.state.tx;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A hash map whose changes can be undone through an {@link UndoLog}. Values must be immutable. */
public final class TxMap<K, V> {

  private final Map<K, V> map;
  private final UndoLog undoLog;

  public TxMap(UndoLog undoLog) {
    this(undoLog, new HashMap<>());
  }

  TxMap(UndoLog undoLog, Map<K, V> map) {
    this.undoLog = undoLog;
    this.map = map;
  }

  public V get(K key) {
    return map.get(key);
  }

  public boolean containsKey(K key) {
    return map.containsKey(key);
  }

  public int size() {
    return map.size();
  }

  public boolean isEmpty() {
    return map.isEmpty();
  }

  public Collection<V> values() {
    return java.util.Collections.unmodifiableCollection(map.values());
  }

  public Set<K> keySet() {
    return java.util.Collections.unmodifiableSet(map.keySet());
  }

  public Map<K, V> asMap() {
    return java.util.Collections.unmodifiableMap(map);
  }

  public void put(K key, V value) {
    boolean existed = map.containsKey(key);
    V previous = map.put(key, value);
    if (existed) {
      undoLog.record(() -> map.put(key, previous));
    } else {
      undoLog.record(() -> map.remove(key));
    }
  }

  public V remove(K key) {
    if (!map.containsKey(key)) {
      return null;
    }
    V previous = map.remove(key);
    undoLog.record(() -> map.put(key, previous));
    return previous;
  }
}

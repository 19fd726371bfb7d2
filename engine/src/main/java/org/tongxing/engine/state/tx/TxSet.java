package org.tongxing.engine.state.tx;

import java.util.Collections;
import java.util.Iterator;
import java.util.Set;

/**
 * A set whose changes can be undone through an {@link UndoLog}; iteration order is the backing
 * set's.
 */
public final class TxSet<E> implements Iterable<E> {

  private final Set<E> set;
  private final UndoLog undoLog;

  public TxSet(UndoLog undoLog, Set<E> set) {
    this.undoLog = undoLog;
    this.set = set;
  }

  public boolean add(E element) {
    boolean added = set.add(element);
    if (added) {
      undoLog.record(() -> set.remove(element));
    }
    return added;
  }

  public boolean remove(E element) {
    boolean removed = set.remove(element);
    if (removed) {
      undoLog.record(() -> set.add(element));
    }
    return removed;
  }

  public boolean contains(E element) {
    return set.contains(element);
  }

  public boolean isEmpty() {
    return set.isEmpty();
  }

  public int size() {
    return set.size();
  }

  public Set<E> asSet() {
    return Collections.unmodifiableSet(set);
  }

  @Override
  public Iterator<E> iterator() {
    return asSet().iterator();
  }
}

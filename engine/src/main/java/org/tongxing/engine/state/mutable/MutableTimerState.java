package org.tongxing.engine.state.mutable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.state.immutable.TimerState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.TxSet;
import org.tongxing.engine.state.tx.UndoLog;

/** Active timers, indexed by due date, by the element instance that waits, by start event. */
public final class MutableTimerState implements TimerState {

  private record Due(long time, long timerKey) implements Comparable<Due> {
    @Override
    public int compareTo(Due other) {
      int byTime = Long.compare(time, other.time);
      return byTime != 0 ? byTime : Long.compare(timerKey, other.timerKey);
    }
  }

  private final UndoLog undoLog;
  private final TxMap<Long, TimerRecord> timers;
  private final TxSet<Due> due;
  private final TxMap<Long, TxSet<Long>> byElementInstance;
  private final TxMap<Long, TxSet<Long>> startTimersByDefinition;

  MutableTimerState(UndoLog undoLog) {
    this.undoLog = undoLog;
    timers = new TxMap<>(undoLog);
    due = new TxSet<>(undoLog, new TreeSet<>());
    byElementInstance = new TxMap<>(undoLog);
    startTimersByDefinition = new TxMap<>(undoLog);
  }

  public void put(long key, TimerRecord timer) {
    timers.put(key, timer);
    due.add(new Due(timer.dueDate(), key));
    index(owner(timer), key, timer.elementInstanceKey() >= 0);
  }

  public void remove(long key) {
    TimerRecord timer = timers.remove(key);
    if (timer == null) {
      return;
    }
    due.remove(new Due(timer.dueDate(), key));
    TxMap<Long, TxSet<Long>> index =
        timer.elementInstanceKey() >= 0 ? byElementInstance : startTimersByDefinition;
    TxSet<Long> keys = index.get(owner(timer));
    if (keys != null) {
      keys.remove(key);
      if (keys.isEmpty()) {
        index.remove(owner(timer));
      }
    }
  }

  private static long owner(TimerRecord timer) {
    return timer.elementInstanceKey() >= 0
        ? timer.elementInstanceKey()
        : timer.processDefinitionKey();
  }

  private void index(long owner, long key, boolean byInstance) {
    TxMap<Long, TxSet<Long>> index = byInstance ? byElementInstance : startTimersByDefinition;
    TxSet<Long> keys = index.get(owner);
    if (keys == null) {
      keys = new TxSet<>(undoLog, new LinkedHashSet<>());
      index.put(owner, keys);
    }
    keys.add(key);
  }

  @Override
  public TimerRecord get(long timerKey) {
    return timers.get(timerKey);
  }

  @Override
  public List<Long> getTimersOf(long elementInstanceKey) {
    TxSet<Long> keys = byElementInstance.get(elementInstanceKey);
    return keys == null ? List.of() : List.copyOf(keys.asSet());
  }

  @Override
  public List<Long> getStartTimersOf(long processDefinitionKey) {
    TxSet<Long> keys = startTimersByDefinition.get(processDefinitionKey);
    return keys == null ? List.of() : List.copyOf(keys.asSet());
  }

  @Override
  public long nextDueDate() {
    return due.isEmpty() ? Long.MAX_VALUE : due.iterator().next().time();
  }

  @Override
  public void forEachDue(long now, LongPredicate visitor) {
    List<Long> keys = new ArrayList<>();
    for (Due entry : due) {
      if (entry.time() > now) {
        break;
      }
      keys.add(entry.timerKey());
    }
    for (long key : keys) {
      if (!visitor.test(key)) {
        return;
      }
    }
  }

  public List<org.tongxing.engine.state.snapshot.Keyed<TimerRecord>> snapshot() {
    return org.tongxing.engine.state.snapshot.Keyed.inKeyOrder(timers.asMap());
  }

  public void restore(List<org.tongxing.engine.state.snapshot.Keyed<TimerRecord>> snapshot) {
    snapshot.forEach(timer -> put(timer.key(), timer.value()));
  }
}

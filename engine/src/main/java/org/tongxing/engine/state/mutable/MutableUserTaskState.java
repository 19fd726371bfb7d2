package org.tongxing.engine.state.mutable;

import java.util.Comparator;
import java.util.List;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.UserTaskState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Open user tasks, and the transitions whose task listeners run. */
public final class MutableUserTaskState implements UserTaskState {

  private final TxMap<Long, UserTaskRecord> tasks;
  private final TxMap<Long, Transition> transitions;

  MutableUserTaskState(UndoLog undoLog) {
    tasks = new TxMap<>(undoLog);
    transitions = new TxMap<>(undoLog);
  }

  public void put(UserTaskRecord task) {
    tasks.put(task.userTaskKey(), task);
  }

  public void remove(long key) {
    tasks.remove(key);
    transitions.remove(key);
  }

  @Override
  public UserTaskRecord get(long userTaskKey) {
    return tasks.get(userTaskKey);
  }

  @Override
  public Transition getTransition(long userTaskKey) {
    return transitions.get(userTaskKey);
  }

  public void startTransition(Transition transition) {
    transitions.put(transition.base().userTaskKey(), transition);
  }

  /** A listener corrected the task: later listeners and the transition's end see it. */
  public void correct(UserTaskRecord corrected) {
    Transition transition = transitions.get(corrected.userTaskKey());
    if (transition != null) {
      transitions.put(corrected.userTaskKey(), transition.withIntermediate(corrected));
    }
  }

  public void taskListenerCompleted(long userTaskKey) {
    Transition transition = transitions.get(userTaskKey);
    if (transition != null) {
      transitions.put(userTaskKey, transition.withListenerCompleted());
    }
  }

  public void endTransition(long userTaskKey) {
    transitions.remove(userTaskKey);
  }

  public List<UserTaskRecord> snapshot() {
    return tasks.values().stream()
        .sorted(Comparator.comparingLong(UserTaskRecord::userTaskKey))
        .toList();
  }

  public List<Transition> snapshotTransitions() {
    return transitions.values().stream()
        .sorted(Comparator.comparingLong(transition -> transition.base().userTaskKey()))
        .toList();
  }

  /** Restores tasks and transitions; a snapshot taken before task listeners has no transitions. */
  public void restore(List<UserTaskRecord> snapshot, List<Transition> transitionSnapshot) {
    snapshot.forEach(this::put);
    if (transitionSnapshot != null) {
      transitionSnapshot.forEach(this::startTransition);
    }
  }
}

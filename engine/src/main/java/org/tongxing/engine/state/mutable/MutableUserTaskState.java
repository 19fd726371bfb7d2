package org.tongxing.engine.state.mutable;

import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.UserTaskState;
import org.tongxing.engine.state.tx.TxMap;
import org.tongxing.engine.state.tx.UndoLog;

/** Open user tasks. */
public final class MutableUserTaskState implements UserTaskState {

  private final TxMap<Long, UserTaskRecord> tasks;

  MutableUserTaskState(UndoLog undoLog) {
    tasks = new TxMap<>(undoLog);
  }

  public void put(UserTaskRecord task) {
    tasks.put(task.userTaskKey(), task);
  }

  public void remove(long key) {
    tasks.remove(key);
  }

  @Override
  public UserTaskRecord get(long userTaskKey) {
    return tasks.get(userTaskKey);
  }

  public java.util.List<UserTaskRecord> snapshot() {
    return tasks.values().stream()
        .sorted(java.util.Comparator.comparingLong(UserTaskRecord::userTaskKey)).toList();
  }

  public void restore(java.util.List<UserTaskRecord> snapshot) {
    snapshot.forEach(this::put);
  }
}

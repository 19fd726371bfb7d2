package org.tongxing.engine.state.mutable;

import org.tongxing.engine.state.tx.TxValue;
import org.tongxing.engine.state.tx.UndoLog;

/**
 * All working state of one engine, in memory. Written only by event appliers, on the engine's
 * single writer thread; every change can be undone through the shared {@link UndoLog}.
 */
public final class EngineState {

  /** Keys look like Zeebe's partition-1 keys (partition id in the top bits). */
  public static final long FIRST_KEY = (1L << 51) + 1;

  private final UndoLog undoLog = new UndoLog();
  private final TxValue<Long> nextKey = new TxValue<>(undoLog, FIRST_KEY);
  private final TxValue<Long> pinnedClock = new TxValue<>(undoLog, -1L);
  private final MutableProcessState processes = new MutableProcessState(undoLog);
  private final MutableFormState forms = new MutableFormState(undoLog);
  private final MutableElementInstanceState elementInstances =
      new MutableElementInstanceState(undoLog);
  private final MutableVariableState variables = new MutableVariableState(undoLog);
  private final MutableJobState jobs = new MutableJobState(undoLog);
  private final MutableUserTaskState userTasks = new MutableUserTaskState(undoLog);
  private final MutableIncidentState incidents = new MutableIncidentState(undoLog);
  private final MutableTimerState timers = new MutableTimerState(undoLog);
  private final MutableMessageState messages = new MutableMessageState(undoLog);
  private final MutableDecisionState decisions = new MutableDecisionState(undoLog);
  private final MutableSignalSubscriptionState signalSubscriptions =
      new MutableSignalSubscriptionState(undoLog);
  private final MutableMessageSubscriptionState messageSubscriptions =
      new MutableMessageSubscriptionState(undoLog);

  public UndoLog undoLog() {
    return undoLog;
  }

  /** Hands out the next key; the key state is part of the undoable state. */
  public long nextKey() {
    long key = nextKey.get();
    nextKey.set(key + 1);
    return key;
  }

  /** On replay: keys handed out before must never be handed out again. */
  public void keySeen(long key) {
    if (key >= nextKey.get()) {
      nextKey.set(key + 1);
    }
  }

  /** The pinned time (epoch ms), or -1 when the clock follows the system clock. */
  public long pinnedClock() {
    return pinnedClock.get();
  }

  public void setPinnedClock(long time) {
    pinnedClock.set(time);
  }

  public MutableProcessState processes() {
    return processes;
  }

  public MutableFormState forms() {
    return forms;
  }

  public MutableElementInstanceState elementInstances() {
    return elementInstances;
  }

  public MutableVariableState variables() {
    return variables;
  }

  public MutableJobState jobs() {
    return jobs;
  }

  public MutableUserTaskState userTasks() {
    return userTasks;
  }

  public MutableIncidentState incidents() {
    return incidents;
  }

  public MutableTimerState timers() {
    return timers;
  }

  public MutableSignalSubscriptionState signalSubscriptions() {
    return signalSubscriptions;
  }

  public MutableDecisionState decisions() {
    return decisions;
  }

  public MutableMessageState messages() {
    return messages;
  }

  public MutableMessageSubscriptionState messageSubscriptions() {
    return messageSubscriptions;
  }

  /**
   * The earliest time something is due: a job deadline, a back-off's end, a timer, a buffered
   * message's end of life.
   */
  public long nextDueDate() {
    return Math.min(
        Math.min(jobs.nextDeadline(), jobs.nextBackoffEnd()),
        Math.min(timers.nextDueDate(), messages.nextDeadline()));
  }

  /** The state as of the given log position (call between batches, on the writer thread). */
  public org.tongxing.engine.state.snapshot.EngineSnapshot snapshot(long position) {
    return new org.tongxing.engine.state.snapshot.EngineSnapshot(
        position,
        nextKey.get(),
        pinnedClock.get(),
        processes.snapshot(),
        forms.snapshot(),
        decisions.snapshotRequirements(),
        decisions.snapshotDecisions(),
        elementInstances.snapshot(),
        variables.snapshot(),
        jobs.snapshot(),
        userTasks.snapshot(),
        incidents.snapshot(),
        timers.snapshot(),
        messages.snapshot(),
        messageSubscriptions.snapshot(),
        signalSubscriptions.snapshot(),
        userTasks.snapshotTransitions());
  }

  /**
   * Restores an empty state from a snapshot, except deployed processes and decisions: those need
   * transforming and are restored through their appliers.
   */
  public void restoreRuntime(org.tongxing.engine.state.snapshot.EngineSnapshot snapshot) {
    nextKey.set(snapshot.nextKey());
    pinnedClock.set(snapshot.pinnedClock());
    snapshot.forms().forEach(forms::put);
    elementInstances.restore(snapshot.elementInstances());
    variables.restore(snapshot.variables());
    jobs.restore(snapshot.jobs());
    userTasks.restore(snapshot.userTasks(), snapshot.userTaskTransitions());
    incidents.restore(snapshot.incidents());
    timers.restore(snapshot.timers());
    messages.restore(snapshot.messages());
    messageSubscriptions.restore(snapshot.messageSubscriptions());
    signalSubscriptions.restore(snapshot.signalSubscriptions());
  }
}

package org.tongxing.engine.state.tx;

import java.util.ArrayList;

/**
 * Records how to undo each change of the in-memory state, so that a command whose processing fails,
 * or a batch whose log write fails, leaves the state as it was before.
 *
 * <p>Invariant: every mutation of engine state goes through a {@link TxMap} or {@link TxSet}
 * sharing one undo log; the values stored in them are immutable.
 */
public final class UndoLog {

  private final ArrayList<Runnable> entries = new ArrayList<>();
  private boolean recording = true;

  public void record(Runnable undo) {
    if (recording) {
      entries.add(undo);
    }
  }

  /** A savepoint to roll back to. */
  public int mark() {
    return entries.size();
  }

  /** Undoes every change made after the savepoint, newest first. */
  public void rollbackTo(int mark) {
    boolean wasRecording = recording;
    recording = false;
    try {
      for (int i = entries.size() - 1; i >= mark; i--) {
        entries.remove(i).run();
      }
    } finally {
      recording = wasRecording;
    }
  }

  /** Forgets the undo entries once the changes are durable. */
  public void clear() {
    entries.clear();
  }

  /** Replay applies events that are already durable: nothing to undo, so nothing to record. */
  public void setRecording(boolean recording) {
    this.recording = recording;
  }
}

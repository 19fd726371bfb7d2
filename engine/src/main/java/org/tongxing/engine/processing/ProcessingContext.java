package org.tongxing.engine.processing;

import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.Intent;
import org.tongxing.engine.record.RecordValue;

/**
 * What a processor can do while it processes one command: read state, write events (which are
 * applied at once, so later reads see them), give itself follow-up commands, and answer.
 */
public interface ProcessingContext {

  StateView state();

  /** The engine clock's time for this command (epoch ms). */
  long now();

  long nextKey();

  void appendEvent(long key, Intent intent, RecordValue value);

  void followUp(InternalCommand command);

  /**
   * A future of the process instance's end, for a request that awaits it; it completes after the
   * batch in which the instance ended is durable. Not state: it does not survive a restart.
   */
  java.util.concurrent.CompletableFuture<java.util.Map<String, String>> awaitProcessEnd(
      long processInstanceKey);

  /** A process instance ended: completed with these variables, or terminated. */
  void processEnded(
      long processInstanceKey, java.util.Map<String, String> variables, boolean completed);

  /**
   * Answers the command only when the user task's transition that it started ends (its task
   * listeners ran): with what {@link #transitionEnded} gives. Not state: a restart forgets it.
   */
  void respondWhenTransitionEnds(long userTaskKey);

  /**
   * A user task's transition ended: the command that started it, if it still waits, is answered
   * with the answer, or refused with the rejection when it is not null (after this batch is
   * durable).
   */
  void transitionEnded(long userTaskKey, Object answer, CommandRejectedException rejection);

  /** Is an activation into this scope queued as a follow-up and not run yet? */
  boolean hasPendingActivationIn(long flowScopeKey);

  /** Sets the answer to the command; sent once the batch is durable. */
  void respond(Object response);

  /** Refuses the command: none of its events are kept. */
  default CommandRejectedException reject(RejectionType type, String message) {
    return new CommandRejectedException(type, message);
  }
}

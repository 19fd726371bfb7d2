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

  /** Sets the answer to the command; sent once the batch is durable. */
  void respond(Object response);

  /** Refuses the command: none of its events are kept. */
  default CommandRejectedException reject(RejectionType type, String message) {
    return new CommandRejectedException(type, message);
  }
}

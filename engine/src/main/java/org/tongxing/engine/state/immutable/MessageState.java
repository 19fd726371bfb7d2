package org.tongxing.engine.state.immutable;

import java.util.List;
import java.util.function.LongPredicate;
import org.tongxing.engine.record.MessageRecord;

/** Read access to buffered messages. */
public interface MessageState {

  MessageRecord get(long messageKey);

  /** Buffered messages with this name and correlation key, oldest first. */
  List<Long> getBuffered(String name, String correlationKey);

  /** Buffered messages with this name, oldest first (for message start events). */
  List<Long> getBufferedByName(String name);

  /** The buffered message with this name, correlation key and message id, or -1. */
  long getByMessageId(String name, String correlationKey, String messageId);

  /** Was the message correlated to (an instance of) this process already? */
  boolean isCorrelatedTo(long messageKey, String bpmnProcessId);

  /** The active instance a message start event created for this correlation key, or -1. */
  long getActiveMessageStartedInstance(String bpmnProcessId, String correlationKey);

  long nextDeadline();

  void forEachExpired(long now, LongPredicate visitor);
}

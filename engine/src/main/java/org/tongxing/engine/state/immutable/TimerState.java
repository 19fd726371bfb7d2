package org.tongxing.engine.state.immutable;

import java.util.List;
import java.util.function.LongPredicate;
import org.tongxing.engine.record.TimerRecord;

/** Read access to active timers. */
public interface TimerState {

  TimerRecord get(long timerKey);

  /** The timers an element instance waits for. */
  List<Long> getTimersOf(long elementInstanceKey);

  /** The timers of the start events of a process version. */
  List<Long> getStartTimersOf(long processDefinitionKey);

  /** The earliest due date, or Long.MAX_VALUE. */
  long nextDueDate();

  /** Visits timers due at or before the time, earliest first, until the visitor says stop. */
  void forEachDue(long now, LongPredicate visitor);
}

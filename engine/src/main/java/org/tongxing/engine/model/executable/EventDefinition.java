package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;

/** What a catch or throw event waits for or sends. */
public sealed interface EventDefinition {

  /** How a timer's expression is read. */
  enum TimerKind {
    /** A date-time: the timer fires once at that time. */
    DATE,
    /** A duration: the timer fires once after it. */
    DURATION,
    /** A repeating interval such as {@code R3/P1D}: the timer fires at each repetition. */
    CYCLE
  }

  record Timer(TimerKind kind, Expression expression) implements EventDefinition {}

  /**
   * A message, by name; a catch event correlates it with a correlation key. Either expression
   * may be null where the event does not need it (a message start event has no correlation
   * key).
   */
  record Message(Expression name, Expression correlationKey) implements EventDefinition {}

  /** An error, by code; a null code on a catch event catches every error. */
  record Error(String errorCode) implements EventDefinition {}

  record Signal(Expression name) implements EventDefinition {}

  /** An escalation, by code; a null code on a catch event catches every escalation. */
  record Escalation(String escalationCode) implements EventDefinition {}

  /** A terminate end event ends its whole flow scope. */
  record Terminate() implements EventDefinition {}
}

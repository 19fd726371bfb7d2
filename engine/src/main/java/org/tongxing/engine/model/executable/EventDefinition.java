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
   * A message, by name; a catch event correlates it with a correlation key. Either expression may
   * be null where the event does not need it (a message start event has no correlation key).
   */
  record Message(Expression name, Expression correlationKey) implements EventDefinition {}

  /**
   * An error, by code: on a catch event a static code, or null to catch every error; on an error
   * end event a static code or a FEEL expression.
   */
  record Error(Expression errorCode) implements EventDefinition {

    /** Does this catch event catch an error with the given code? */
    public boolean catches(String code) {
      return errorCode == null || errorCode.text().equals(code);
    }
  }

  record Signal(Expression name) implements EventDefinition {}

  /**
   * An escalation, by code: on a catch event a static code, or null to catch every escalation; on a
   * throw event a static code or a FEEL expression.
   */
  record Escalation(Expression escalationCode) implements EventDefinition {

    public boolean catches(String code) {
      return escalationCode == null || escalationCode.text().equals(code);
    }
  }

  /** A terminate end event ends its whole flow scope. */
  record Terminate() implements EventDefinition {}

  /**
   * A link: a throw link event goes on at the catch link event of the same name in its scope, as if
   * a sequence flow joined them.
   */
  record Link(String name) implements EventDefinition {}
}

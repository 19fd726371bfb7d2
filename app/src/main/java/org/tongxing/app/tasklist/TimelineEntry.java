package org.tongxing.app.tasklist;

/**
 * One line of a case's history on the task page: something a person did (from the case history) or
 * a step the process completed (from the engine), in time order.
 *
 * @param messageKey what happened, as a message key ({@code history.action.APPROVED}, {@code
 *     history.step.USER_TASK})
 * @param actor who did it; {@code null} for the process's own steps
 * @param step the step it happened at
 * @param target to whom or where it went, or {@code null}
 * @param opinion the opinion or reason given, or {@code null}
 */
public record TimelineEntry(
    DisplayTime at, String messageKey, String actor, String step, String target, String opinion) {

  public boolean byPerson() {
    return actor != null;
  }
}

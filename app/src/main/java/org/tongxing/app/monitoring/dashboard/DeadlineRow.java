package org.tongxing.app.monitoring.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case near or past a deadline: a user task's due date, or a deadline variable of the case (a
 * timer's date).
 *
 * @param what the step's name or the variable's name
 * @param fromVariable whether the deadline comes from a variable rather than a task's due date
 */
public record DeadlineRow(
    long processInstanceKey,
    String caseNumber,
    String processId,
    String what,
    boolean fromVariable,
    List<String> departments,
    String county,
    OffsetDateTime due,
    boolean overdue) {

  public Rag rag() {
    return overdue ? Rag.RED : Rag.AMBER;
  }
}

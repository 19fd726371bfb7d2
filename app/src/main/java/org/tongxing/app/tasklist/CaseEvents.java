package org.tongxing.app.tasklist;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;

/** Writes what someone did to a task's case into the case history, at the step of the task. */
@Component
public class CaseEvents {

  private final CaseHistory history;
  private final Clock clock;

  @Autowired
  public CaseEvents(CaseHistory history) {
    this(history, Clock.systemUTC());
  }

  CaseEvents(CaseHistory history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  /**
   * @param caseId the case's business id if known, else {@code null}
   * @param target the person, department or step the action went to, or {@code null}
   * @param details more as JSON, or {@code null}
   */
  public CaseHistoryEntry record(
      UserTaskInfo task,
      String caseId,
      CaseAction action,
      String actor,
      String actorName,
      String target,
      String opinion,
      String details) {
    return history.record(
        new CaseHistoryEntry(
            null,
            task.processInstanceKey(),
            caseId,
            task.bpmnProcessId(),
            task.key(),
            task.elementId(),
            task.displayName(),
            action,
            actor,
            actorName,
            target,
            blankToNull(opinion),
            details,
            OffsetDateTime.now(clock)));
  }

  /** The reminders (催办) of a task, oldest first. */
  public List<CaseHistoryEntry> reminders(UserTaskInfo task) {
    return history.ofProcessInstance(task.processInstanceKey()).stream()
        .filter(
            entry ->
                entry.action() == CaseAction.REMINDED
                    && entry.taskKey() != null
                    && entry.taskKey() == task.key())
        .toList();
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

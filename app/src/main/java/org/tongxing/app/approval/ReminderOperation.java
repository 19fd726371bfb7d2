package org.tongxing.app.approval;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistoryEntry;
import org.tongxing.app.tasklist.CaseEvents;
import org.tongxing.app.tasklist.UserTaskInfo;

/**
 * 催办: reminds whoever holds a task (its assignee, or its departments while unclaimed). Logged in
 * the case history, shown on the task page and in its queue, and it raises the task's priority a
 * step (through the client) so the reminded task sorts higher, as the automatic reminders of the
 * policy paths do. One person reminds once per task within {@code tongxing.approval.remind-every}.
 */
@Component
public class ReminderOperation {

  static final int PRIORITY_STEP = 10;
  static final int HIGHEST_PRIORITY = 100;

  private final ApprovalEngine engine;
  private final CaseEvents events;
  private final Duration every;

  public ReminderOperation(
      ApprovalEngine engine,
      CaseEvents events,
      @Value("${tongxing.approval.remind-every:PT1H}") Duration every) {
    this.engine = engine;
    this.events = events;
    this.every = every;
  }

  public void remind(
      UserTaskInfo task, String caseId, String username, String displayName, String note) {
    if (!task.isOpen()) {
      throw new OperationRefusedException(null, "operation.error.closed");
    }
    if (task.isAssignedTo(username)) {
      throw new OperationRefusedException(null, "operation.error.remindYourself");
    }
    String why = Opinions.optional("remindNote", note);
    boolean recently =
        events.reminders(task).stream()
            .filter(entry -> entry.actor().equals(username))
            .map(CaseHistoryEntry::occurredAt)
            .anyMatch(at -> at.plus(every).isAfter(events.now()));
    if (recently) {
      throw new OperationRefusedException(null, "operation.error.remindedRecently");
    }
    int priority = task.priority() == null ? 50 : task.priority();
    if (priority < HIGHEST_PRIORITY) {
      engine.changePriority(task.key(), Math.min(HIGHEST_PRIORITY, priority + PRIORITY_STEP));
    }
    String target = task.hasAssignee() ? task.assignee() : String.join("、", task.candidateGroups());
    events.record(
        task,
        caseId,
        CaseAction.REMINDED,
        username,
        displayName,
        target,
        why,
        ReturnOperation.json(Map.of("priorityBefore", priority)));
  }
}

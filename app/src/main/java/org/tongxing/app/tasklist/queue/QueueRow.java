package org.tongxing.app.tasklist.queue;

import java.time.OffsetDateTime;
import org.tongxing.app.tasklist.CaseSummary;
import org.tongxing.app.tasklist.DateTimeDisplay;
import org.tongxing.app.tasklist.DisplayTime;
import org.tongxing.app.tasklist.TasklistUser;
import org.tongxing.app.tasklist.UserTaskInfo;

/** One line of a queue's table. Dates and case fields may be {@code null}. */
public record QueueRow(
    long key,
    String name,
    String processName,
    String caseId,
    String applicant,
    String county,
    DisplayTime created,
    DisplayTime due,
    boolean overdue,
    DisplayTime completed,
    Integer priority,
    String assignee,
    boolean assignedToMe) {

  static QueueRow of(
      UserTaskInfo task,
      CaseSummary summary,
      TasklistUser user,
      DateTimeDisplay dates,
      OffsetDateTime now) {
    return new QueueRow(
        task.key(),
        task.displayName(),
        task.processDisplayName(),
        summary.caseId(),
        summary.applicant(),
        summary.county(),
        dates.format(task.creationDate()),
        dates.format(task.dueDate()),
        task.isOverdueAt(now),
        dates.format(task.completionDate()),
        task.priority(),
        task.assignee(),
        task.isAssignedTo(user.username()));
  }
}

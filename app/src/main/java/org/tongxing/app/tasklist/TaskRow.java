package org.tongxing.app.tasklist;

/** One line of the task table. Dates may be {@code null}. */
public record TaskRow(
    long key,
    String name,
    String processName,
    String bpmnProcessId,
    DisplayTime created,
    String assignee,
    boolean assignedToMe,
    Integer priority,
    DisplayTime due) {

  static TaskRow of(UserTaskInfo task, TasklistUser user, DateTimeDisplay dates) {
    return new TaskRow(
        task.key(),
        task.displayName(),
        task.processDisplayName(),
        task.bpmnProcessId(),
        dates.format(task.creationDate()),
        task.assignee(),
        task.isAssignedTo(user.username()),
        task.priority(),
        dates.format(task.dueDate()));
  }
}

package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.EngineCommand.AssignUserTask;
import org.tongxing.engine.api.EngineCommand.UnassignUserTask;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import java.util.List;

/** Assigns a user task to a person (claim), or takes it back from them (unclaim). */
public final class AssignUserTaskProcessor {

  public void assign(AssignUserTask command, ProcessingContext context) {
    if (command.assignee() == null || command.assignee().isBlank()) {
      throw context.reject(RejectionType.INVALID_ARGUMENT,
          "Expected to assign user task '" + command.userTaskKey()
              + "' to someone, but the assignee is empty");
    }
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "assign", context);
    boolean assignedToOther =
        !task.assignee().isEmpty() && !task.assignee().equals(command.assignee());
    if (assignedToOther && !command.allowOverride()) {
      throw context.reject(RejectionType.INVALID_STATE,
          "Expected to assign user task '" + task.userTaskKey() + "' to '" + command.assignee()
              + "', but it is already assigned to '" + task.assignee() + "'");
    }
    String action = blankTo(command.action(), "assign");
    context.appendEvent(task.userTaskKey(), UserTaskIntent.ASSIGNED,
        task.withAssignee(command.assignee(), action));
    context.respond(task.userTaskKey());
  }

  public void unassign(UnassignUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "unassign", context);
    context.appendEvent(task.userTaskKey(), UserTaskIntent.ASSIGNED,
        task.withAssignee("", "unassign"));
    context.respond(task.userTaskKey());
  }

  public void update(
      org.tongxing.engine.api.EngineCommand.UpdateUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "update", context);
    int priority = command.priority() == null ? task.priority() : command.priority();
    if (priority < 0 || priority > 100) {
      throw context.reject(RejectionType.INVALID_ARGUMENT,
          "Expected priority to be in the range [0,100], but was '" + priority + "'");
    }
    String dueDate = dateOrKeep(command.dueDate(), task.dueDate(), "dueDate", context);
    String followUpDate =
        dateOrKeep(command.followUpDate(), task.followUpDate(), "followUpDate", context);
    context.appendEvent(task.userTaskKey(), UserTaskIntent.UPDATED, task.withChanges(dueDate,
        followUpDate,
        command.candidateGroups() == null ? task.candidateGroups()
            : List.copyOf(command.candidateGroups()),
        command.candidateUsers() == null ? task.candidateUsers()
            : List.copyOf(command.candidateUsers()),
        priority, blankTo(command.action(), "update")));
    context.respond(task.userTaskKey());
  }

  private static String dateOrKeep(
      String requested, String current, String field, ProcessingContext context) {
    if (requested == null) {
      return current;
    }
    if (requested.isEmpty()) {
      return "";
    }
    try {
      return java.time.OffsetDateTime.parse(requested).toString();
    } catch (java.time.format.DateTimeParseException e) {
      throw context.reject(RejectionType.INVALID_ARGUMENT, "Expected " + field
          + " to be an ISO 8601 date-time with offset, but got '" + requested + "'");
    }
  }

  static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}

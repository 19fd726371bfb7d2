package org.tongxing.engine.processing.usertask;

import org.tongxing.engine.api.EngineCommand.AssignUserTask;
import org.tongxing.engine.api.EngineCommand.UnassignUserTask;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;

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

  static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}

package org.tongxing.engine.processing.usertask;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.api.EngineCommand.AssignUserTask;
import org.tongxing.engine.api.EngineCommand.UnassignUserTask;
import org.tongxing.engine.api.EngineCommand.UpdateUserTask;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.behavior.UserTaskTransitionBehavior;
import org.tongxing.engine.record.UserTaskRecord;

/**
 * Assigns a user task to a person (claim), takes it back from them (unclaim), or changes its
 * schedule, candidates or priority. With task listeners for the event, the command is answered once
 * they ran: with the task's key, or refused when one denied it.
 */
public final class AssignUserTaskProcessor {

  private final UserTaskTransitionBehavior transitions;

  public AssignUserTaskProcessor(UserTaskTransitionBehavior transitions) {
    this.transitions = transitions;
  }

  public void assign(AssignUserTask command, ProcessingContext context) {
    if (command.assignee() == null || command.assignee().isBlank()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to assign user task '"
              + command.userTaskKey()
              + "' to someone, but the assignee is empty");
    }
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "assign", context);
    boolean assignedToOther =
        !task.assignee().isEmpty() && !task.assignee().equals(command.assignee());
    if (assignedToOther && !command.allowOverride()) {
      throw context.reject(
          RejectionType.INVALID_STATE,
          "Expected to assign user task '"
              + task.userTaskKey()
              + "' to '"
              + command.assignee()
              + "', but it is already assigned to '"
              + task.assignee()
              + "'");
    }
    String action = blankTo(command.action(), "assign");
    answer(task, transitions.assign(task, command.assignee(), action, context), context);
  }

  public void unassign(UnassignUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "unassign", context);
    answer(task, transitions.assign(task, "", "unassign", context), context);
  }

  public void update(UpdateUserTask command, ProcessingContext context) {
    UserTaskRecord task =
        UserTaskPreconditions.requireOpenTask(command.userTaskKey(), "update", context);
    int priority = command.priority() == null ? task.priority() : command.priority();
    if (priority < 0 || priority > 100) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected priority to be in the range [0,100], but was '" + priority + "'");
    }
    String dueDate = dateOrKeep(command.dueDate(), task.dueDate(), "dueDate", context);
    String followUpDate =
        dateOrKeep(command.followUpDate(), task.followUpDate(), "followUpDate", context);
    UserTaskRecord updated =
        task.withChanges(
                dueDate,
                followUpDate,
                command.candidateGroups() == null
                    ? task.candidateGroups()
                    : List.copyOf(command.candidateGroups()),
                command.candidateUsers() == null
                    ? task.candidateUsers()
                    : List.copyOf(command.candidateUsers()),
                priority,
                blankTo(command.action(), "update"))
            .withChangedAttributes(requested(command));
    answer(task, transitions.update(updated, context), context);
  }

  /** The attributes the changeset names, as changed attributes name them. */
  private static List<String> requested(UpdateUserTask command) {
    List<String> requested = new ArrayList<>();
    if (command.candidateGroups() != null) {
      requested.add(UserTaskRecord.CANDIDATE_GROUPS);
    }
    if (command.candidateUsers() != null) {
      requested.add(UserTaskRecord.CANDIDATE_USERS);
    }
    if (command.dueDate() != null) {
      requested.add(UserTaskRecord.DUE_DATE);
    }
    if (command.followUpDate() != null) {
      requested.add(UserTaskRecord.FOLLOW_UP_DATE);
    }
    if (command.priority() != null) {
      requested.add(UserTaskRecord.PRIORITY);
    }
    return requested;
  }

  /** At once, or when the task listeners of the transition it started are done. */
  static void answer(UserTaskRecord task, boolean listenersRun, ProcessingContext context) {
    if (listenersRun) {
      context.respondWhenTransitionEnds(task.userTaskKey());
    } else {
      context.respond(task.userTaskKey());
    }
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
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected "
              + field
              + " to be an ISO 8601 date-time with offset, but got '"
              + requested
              + "'");
    }
  }

  static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}

package org.tongxing.app.tasklist;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and work on a task: a member of one of its candidate groups, a candidate user, or its
 * assignee. Checked on the server for every page and action, whatever the links on the page offer.
 */
public final class TaskAccessPolicy {

  private TaskAccessPolicy() {}

  public static boolean mayAccess(TasklistUser user, UserTaskInfo task) {
    return task.isAssignedTo(user.username())
        || task.candidateUsers().contains(user.username())
        || task.candidateGroups().stream().anyMatch(user.groups()::contains);
  }

  public static void checkAccess(TasklistUser user, UserTaskInfo task) {
    if (!mayAccess(user, task)) {
      throw new AccessDeniedException(
          "Expected user %s to be the assignee or in a candidate group %s of task %d, but they are in %s"
              .formatted(user.username(), task.candidateGroups(), task.key(), user.groups()));
    }
  }

  /** The task, if it exists and the user may access it; else a 404 or 403 for the page. */
  public static UserTaskInfo requireAccessibleTask(
      TasklistGateway gateway, long taskKey, TasklistUser user) {
    UserTaskInfo task =
        gateway.findTask(taskKey).orElseThrow(() -> new TaskNotFoundException(taskKey));
    checkAccess(user, task);
    return task;
  }
}

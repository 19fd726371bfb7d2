package org.tongxing.app.tasklist;

import java.io.Serializable;

/**
 * The assignment just made on a task, carried over the redirect. Task reads are eventually
 * consistent, so the page right after a claim may still read the old assignee; showing it would
 * tell the user their claim failed.
 *
 * @param assignee the new assignee, {@code null} after a release
 */
record PendingAssignment(long taskKey, String assignee) implements Serializable {

  static final String ATTRIBUTE = "pendingAssignment";

  UserTaskInfo applyTo(UserTaskInfo task) {
    return task.key() == taskKey && task.isOpen() ? task.withAssignee(assignee) : task;
  }
}

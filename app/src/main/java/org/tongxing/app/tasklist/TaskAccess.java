package org.tongxing.app.tasklist;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The server's check on every task page and action: working on a task takes a candidate group, a
 * candidate user or the assignee ({@link TaskAccessPolicy}); looking at one also allows what the
 * {@link TaskPolicyExtension}s grant (copies, co-signers).
 */
@Component
public class TaskAccess {

  private final TasklistGateway gateway;
  private final List<TaskPolicyExtension> extensions;

  public TaskAccess(TasklistGateway gateway, List<TaskPolicyExtension> extensions) {
    this.gateway = gateway;
    this.extensions = List.copyOf(extensions);
  }

  public boolean mayView(TasklistUser user, UserTaskInfo task) {
    return TaskAccessPolicy.mayAccess(user, task)
        || extensions.stream().anyMatch(extension -> extension.mayView(user, task));
  }

  /** The task, if it exists and the user may look at it; else a 404 or a 403. */
  public UserTaskInfo requireViewable(long taskKey, TasklistUser user) {
    UserTaskInfo task = find(taskKey);
    if (!mayView(user, task)) {
      throw new AccessDeniedException(
          "Expected user %s to be the assignee, a candidate, in a candidate group %s, or copied"
                  .formatted(user.username(), task.candidateGroups())
              + " on task %d, but they are in %s".formatted(task.key(), user.groups()));
    }
    return task;
  }

  /** The task, if it exists and the user may work on it; else a 404 or a 403. */
  public UserTaskInfo requireActionable(long taskKey, TasklistUser user) {
    UserTaskInfo task = find(taskKey);
    TaskAccessPolicy.checkAccess(user, task);
    return task;
  }

  public List<TaskPolicyExtension> extensions() {
    return extensions;
  }

  private UserTaskInfo find(long taskKey) {
    return gateway.findTask(taskKey).orElseThrow(() -> new TaskNotFoundException(taskKey));
  }
}

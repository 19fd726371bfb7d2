package org.tongxing.app.tasklist;

/** The engine knows no user task with this key. */
public class TaskNotFoundException extends RuntimeException {

  private final long taskKey;

  public TaskNotFoundException(long taskKey) {
    super("Expected a user task with key " + taskKey + ", but the engine has none");
    this.taskKey = taskKey;
  }

  public long taskKey() {
    return taskKey;
  }
}

package org.tongxing.app.tasklist;

/**
 * The engine refused a claim, release or completion, typically because someone else was quicker
 * (the task is assigned to another person, or already completed).
 */
public class TaskActionRejectedException extends RuntimeException {

  private final long taskKey;

  public TaskActionRejectedException(long taskKey, String reason, Throwable cause) {
    super("Engine rejected the action on user task " + taskKey + ": " + reason, cause);
    this.taskKey = taskKey;
  }

  public long taskKey() {
    return taskKey;
  }
}

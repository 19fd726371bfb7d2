package org.tongxing.engine.processing.bpmn.behavior;

import java.util.List;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.model.executable.TaskListener;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.JobKind;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.UserTaskIntent;

/**
 * Task listeners ({@code zeebe:taskListener}): jobs of kind TASK_LISTENER that run one after the
 * other while a user task goes through a lifecycle event; the transition waits for each. Their type
 * and retries are evaluated when the job is created, in the user task's scope.
 */
public final class TaskListenerBehavior {

  private final JobBehavior jobs;

  public TaskListenerBehavior(JobBehavior jobs) {
    this.jobs = jobs;
  }

  /** Does the task have listeners for the event that starts this transition? */
  public static boolean hasListeners(ExecutableUserTask task, UserTaskIntent transition) {
    return !task.getTaskListeners(eventType(transition)).isEmpty();
  }

  /**
   * True when every listener of the transition's event has completed; otherwise creates the job of
   * the next one (or raises an incident when its type or retries fail) and the transition waits.
   */
  public boolean listenersCompleted(
      ExecutableUserTask task,
      UserTaskIntent transition,
      int completed,
      BpmnElementContext instance,
      ProcessingContext context) {
    JobListenerEventType eventType = eventType(transition);
    List<TaskListener> listeners = task.getTaskListeners(eventType);
    if (completed >= listeners.size()) {
      return true;
    }
    TaskListener next = listeners.get(completed);
    jobs.createJob(
        next.type(),
        next.retries(),
        task.getTaskHeaders(),
        JobKind.TASK_LISTENER,
        eventType,
        instance,
        context);
    return false;
  }

  /** The listener event of a transition's start (CREATING, ASSIGNING, ...). */
  public static JobListenerEventType eventType(UserTaskIntent transition) {
    return switch (transition) {
      case CREATING -> JobListenerEventType.CREATING;
      case ASSIGNING -> JobListenerEventType.ASSIGNING;
      case UPDATING -> JobListenerEventType.UPDATING;
      case COMPLETING -> JobListenerEventType.COMPLETING;
      case CANCELING -> JobListenerEventType.CANCELING;
      default ->
          throw new IllegalArgumentException(
              "Expected the start of a user task transition, but got " + transition);
    };
  }
}

package org.tongxing.engine.model.transform;

import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.model.executable.TaskListener;
import org.tongxing.engine.record.JobListenerEventType;

/**
 * Reads {@code zeebe:taskListeners} of a user task, in model order. The event types of Camunda 8.7
 * (create, assignment, update, complete, cancel) are read as the 8.8 ones they became.
 */
final class TaskListenerTransformer {

  private TaskListenerTransformer() {}

  static void transform(UserTask task, ExecutableUserTask executable, TransformContext context) {
    ZeebeTaskListeners listeners = task.getSingleExtensionElement(ZeebeTaskListeners.class);
    if (listeners == null) {
      return;
    }
    for (ZeebeTaskListener listener : listeners.getTaskListeners()) {
      JobListenerEventType eventType = eventType(listener, task.getId(), context);
      if (eventType == null) {
        continue;
      }
      TransformContext.ListenerJob job =
          context.listenerJob(
              task.getId(),
              eventType.name().toLowerCase(java.util.Locale.ROOT) + " task listener",
              listener.getType(),
              listener.getRetries());
      if (job != null) {
        executable.addTaskListener(new TaskListener(eventType, job.type(), job.retries()));
      }
    }
  }

  private static JobListenerEventType eventType(
      ZeebeTaskListener listener, String elementId, TransformContext context) {
    if (listener.getEventType() == null) {
      context.problem(
          elementId,
          "Expected a task listener to name its eventType (creating,"
              + " assigning, updating, completing or canceling), but it names none");
      return null;
    }
    return switch (listener.getEventType()) {
      case creating, create -> JobListenerEventType.CREATING;
      case assigning, assignment -> JobListenerEventType.ASSIGNING;
      case updating, update -> JobListenerEventType.UPDATING;
      case completing, complete -> JobListenerEventType.COMPLETING;
      case canceling, cancel -> JobListenerEventType.CANCELING;
    };
  }
}

package org.tongxing.engine.processing.bpmn.behavior;

import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState;

/**
 * Terminates an element instance and everything inside it, depth first and at once: children
 * first, then what the element waits for (its job, its user task, its incident), then the
 * element. Because it all happens in the same unit, whatever the caller does next (activate a
 * boundary event, end the process) sees a scope that is already empty.
 */
public final class TerminationBehavior {

  private final EventSubscriptionBehavior eventSubscriptions;

  public TerminationBehavior(EventSubscriptionBehavior eventSubscriptions) {
    this.eventSubscriptions = eventSubscriptions;
  }

  public void terminate(long elementInstanceKey, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(elementInstanceKey);
    if (instance == null) {
      return;
    }
    context.appendEvent(instance.key(), ProcessInstanceIntent.ELEMENT_TERMINATING,
        instance.value());
    for (long child : context.state().elementInstances().getChildren(instance.key())) {
      terminate(child, context);
    }
    if (instance.calledProcessInstanceKey() >= 0) {
      terminate(instance.calledProcessInstanceKey(), context);
    }
    eventSubscriptions.unsubscribe(instance.key(), context);
    cancelJob(instance, context);
    cancelUserTask(instance, context);
    resolveIncidents(instance, context);
    context.appendEvent(instance.key(), ProcessInstanceIntent.ELEMENT_TERMINATED,
        instance.value());
    if (instance.value().bpmnElementType() == org.tongxing.engine.record.BpmnElementType.PROCESS) {
      context.processEnded(instance.key(), java.util.Map.of(), false);
    }
  }

  private static void cancelJob(ElementInstance instance, ProcessingContext context) {
    if (instance.jobKey() < 0) {
      return;
    }
    JobState.Job job = context.state().jobs().get(instance.jobKey());
    if (job != null) {
      long incident = context.state().incidents().getJobIncidentKey(job.key());
      if (incident >= 0) {
        context.appendEvent(incident, IncidentIntent.RESOLVED,
            context.state().incidents().get(incident));
      }
      context.appendEvent(job.key(), JobIntent.CANCELED, job.record());
    }
  }

  private static void cancelUserTask(ElementInstance instance, ProcessingContext context) {
    if (instance.userTaskKey() < 0) {
      return;
    }
    var task = context.state().userTasks().get(instance.userTaskKey());
    if (task != null) {
      context.appendEvent(task.userTaskKey(), UserTaskIntent.CANCELED, task);
    }
  }

  private static void resolveIncidents(ElementInstance instance, ProcessingContext context) {
    for (long incident : context.state().incidents().getElementIncidentKeys(instance.key())) {
      context.appendEvent(incident, IncidentIntent.RESOLVED,
          context.state().incidents().get(incident));
    }
  }
}

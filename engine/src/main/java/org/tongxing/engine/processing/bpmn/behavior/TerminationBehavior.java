package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.ProcessEventIntent;
import org.tongxing.engine.record.ProcessEventRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.state.immutable.ElementInstance;
import org.tongxing.engine.state.immutable.JobState;

/**
 * Terminates an element instance and everything inside it, depth first: children first, then what
 * the element waits for (its job, its incidents, its user task), then the element. It all happens
 * in the same unit, so whatever the caller does next (activate a boundary event, end the process)
 * sees a scope that is already empty.
 *
 * <p>Except for a user task with canceling listeners: its task is CANCELING while their jobs run,
 * and the element and every terminating scope around it stay TERMINATING. When the last listener is
 * done, {@link #completeTermination} ends them, innermost first, and the active scope where the
 * termination began goes on ({@link InternalCommand.ChildTerminated}): an interrupting event kept
 * as PROCESS_EVENT TRIGGERING activates then.
 */
public final class TerminationBehavior {

  private final EventSubscriptionBehavior eventSubscriptions;
  private final UserTaskTransitionBehavior userTasks;
  private final ProcessEndBehavior processEnd;

  public TerminationBehavior(
      EventSubscriptionBehavior eventSubscriptions,
      UserTaskTransitionBehavior userTasks,
      ProcessEndBehavior processEnd) {
    this.eventSubscriptions = eventSubscriptions;
    this.userTasks = userTasks;
    this.processEnd = processEnd;
  }

  /**
   * Terminates the element instance; false when canceling listeners of a user task in it keep it
   * TERMINATING for now (and an instance that is TERMINATING already stays so).
   */
  public boolean terminate(long elementInstanceKey, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(elementInstanceKey);
    if (instance == null) {
      return true;
    }
    if (instance.state() == ProcessInstanceIntent.ELEMENT_TERMINATING) {
      return false; // its termination waits for canceling listeners already
    }
    context.appendEvent(
        instance.key(), ProcessInstanceIntent.ELEMENT_TERMINATING, instance.value());
    boolean terminated = true;
    for (long child : context.state().elementInstances().getChildren(instance.key())) {
      terminated &= terminate(child, context);
    }
    if (instance.calledProcessInstanceKey() >= 0) {
      terminated &= terminate(instance.calledProcessInstanceKey(), context);
    }
    eventSubscriptions.unsubscribe(instance.key(), context);
    cancelJob(instance, context);
    resolveIncidents(instance, context);
    if (instance.userTaskKey() >= 0) {
      terminated &= userTasks.cancel(instance.userTaskKey(), context);
    }
    if (terminated) {
      writeTerminated(instance, context);
    }
    return terminated;
  }

  /**
   * Interrupts an activity for one of its boundary events: terminates it, then activates the event
   * with its variables; when the termination waits for canceling listeners, the event is kept in
   * the activity's flow scope and activates once it has ended.
   */
  public void interrupt(
      ElementInstance activity,
      ExecutableCatchEvent boundary,
      Map<String, String> variables,
      ProcessingContext context) {
    long flowScopeKey = activity.value().flowScopeKey();
    if (terminate(activity.key(), context)) {
      context.followUp(
          new InternalCommand.ActivateElement(
              -1,
              boundary,
              activity
                  .value()
                  .withElement(boundary.getId(), BpmnElementType.BOUNDARY_EVENT, flowScopeKey),
              variables));
      return;
    }
    keepUntilTerminated(flowScopeKey, boundary, variables, activity, context);
  }

  /**
   * Keeps an interrupting event (a boundary event, an event sub-process's start event) in the scope
   * until the terminations it waits for have ended.
   */
  public static void keepUntilTerminated(
      long scopeKey,
      ExecutableCatchEvent event,
      Map<String, String> variables,
      ElementInstance inScope,
      ProcessingContext context) {
    context.appendEvent(
        context.nextKey(),
        ProcessEventIntent.TRIGGERING,
        new ProcessEventRecord(
            scopeKey,
            event.getId(),
            Map.copyOf(variables),
            inScope.value().processDefinitionKey(),
            inScope.value().processInstanceKey()));
  }

  /**
   * The canceling listeners of the element's user task are done: the element ends, then each
   * terminating scope around it that has nothing left in it; the first active scope outwards goes
   * on.
   */
  public void completeTermination(
      InternalCommand.CompleteTermination command, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(command.elementInstanceKey());
    if (instance == null || instance.state() != ProcessInstanceIntent.ELEMENT_TERMINATING) {
      return;
    }
    ElementInstance ended = instance;
    while (true) {
      writeTerminated(ended, context);
      if (ended.value().bpmnElementType() == BpmnElementType.PROCESS) {
        processEnd.onEnded(process(ended, context), context);
      }
      long parentKey =
          ended.value().flowScopeKey() >= 0
              ? ended.value().flowScopeKey()
              : ended.value().parentElementInstanceKey();
      ElementInstance parent = context.state().elementInstances().get(parentKey);
      if (parent == null) {
        return;
      }
      if (parent.state() != ProcessInstanceIntent.ELEMENT_TERMINATING) {
        context.followUp(new InternalCommand.ChildTerminated(parent.key()));
        return;
      }
      if (!context.state().elementInstances().getChildren(parent.key()).isEmpty()
          || context.state().elementInstances().get(parent.calledProcessInstanceKey()) != null) {
        return; // another termination inside it still waits
      }
      ended = parent;
    }
  }

  private static void writeTerminated(ElementInstance instance, ProcessingContext context) {
    context.appendEvent(instance.key(), ProcessInstanceIntent.ELEMENT_TERMINATED, instance.value());
    if (instance.value().bpmnElementType() == BpmnElementType.PROCESS) {
      context.processEnded(instance.key(), Map.of(), false);
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
        context.appendEvent(
            incident, IncidentIntent.RESOLVED, context.state().incidents().get(incident));
      }
      context.appendEvent(job.key(), JobIntent.CANCELED, job.record());
    }
  }

  private static void resolveIncidents(ElementInstance instance, ProcessingContext context) {
    for (long incident : context.state().incidents().getElementIncidentKeys(instance.key())) {
      context.appendEvent(
          incident, IncidentIntent.RESOLVED, context.state().incidents().get(incident));
    }
  }

  private static ExecutableProcess process(ElementInstance instance, ProcessingContext context) {
    return context
        .state()
        .processes()
        .getByKey(instance.value().processDefinitionKey())
        .executable();
  }
}

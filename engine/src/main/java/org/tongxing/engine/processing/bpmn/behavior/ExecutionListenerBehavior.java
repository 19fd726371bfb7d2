package org.tongxing.engine.processing.bpmn.behavior;

import java.util.List;
import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.model.executable.ExecutableUserTask;
import org.tongxing.engine.model.executable.ExecutionListener;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.JobKind;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Execution listeners ({@code zeebe:executionListener}): jobs that run one after the other before
 * an element does its work (start, after its input mappings) and before it completes (end, after
 * its output mappings). The element waits for each; the element instance counts the completed
 * listeners of its current phase, so that it carries on after the last completed one.
 */
public final class ExecutionListenerBehavior {

  private final JobBehavior jobs;
  private final VariableBehavior variables;

  public ExecutionListenerBehavior(JobBehavior jobs, VariableBehavior variables) {
    this.jobs = jobs;
    this.variables = variables;
  }

  /**
   * True when every start listener of the element has completed; otherwise creates the job of the
   * next one (or raises an incident) and the element waits.
   */
  public boolean startListenersCompleted(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    return listenersCompleted(
        element, element.getStartListeners(), JobListenerEventType.START, instance, context);
  }

  /** As {@link #startListenersCompleted}, for the end listeners. */
  public boolean endListenersCompleted(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    return listenersCompleted(
        element, element.getEndListeners(), JobListenerEventType.END, instance, context);
  }

  /**
   * True when the instance has started its current phase's listeners, so what came before them in
   * that phase (input or output mappings) is done and must not be repeated.
   */
  public static boolean listenersStarted(long elementInstanceKey, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(elementInstanceKey);
    return instance != null && instance.executionListenerIndex() > 0;
  }

  /**
   * A listener's job completed: a start listener's variables become local variables of the element,
   * an end listener's go to its flow scope as output mappings' do. Then the element carries on with
   * the next listener or its own work.
   */
  public void onListenerJobCompleted(
      JobRecord job,
      ElementInstance instance,
      Map<String, String> completionVariables,
      ProcessingContext context) {
    if (!completionVariables.isEmpty()) {
      long flowScopeKey = instance.value().flowScopeKey();
      if (job.listenerEventType() == JobListenerEventType.START || flowScopeKey < 0) {
        variables.mergeLocal(instance.key(), completionVariables, instance.value(), context);
      } else {
        variables.mergePropagating(flowScopeKey, completionVariables, instance.value(), context);
      }
    }
    context.followUp(new InternalCommand.ResumeElement(instance.key()));
  }

  private boolean listenersCompleted(
      ExecutableFlowNode element,
      List<ExecutionListener> listeners,
      JobListenerEventType eventType,
      BpmnElementContext instance,
      ProcessingContext context) {
    if (listeners.isEmpty()) {
      return true;
    }
    ElementInstance state = context.state().elementInstances().get(instance.elementInstanceKey());
    int completed = state == null ? 0 : state.executionListenerIndex();
    if (completed >= listeners.size()) {
      return true;
    }
    ExecutionListener next = listeners.get(completed);
    jobs.createJob(
        next.type(),
        next.retries(),
        headers(element),
        JobKind.EXECUTION_LISTENER,
        eventType,
        instance,
        context);
    return false;
  }

  /** The listener's job carries the element's task headers. */
  private static Map<String, String> headers(ExecutableFlowNode element) {
    if (element instanceof ExecutableJobWorkerTask task) {
      return task.getTaskHeaders();
    }
    if (element instanceof ExecutableUserTask task) {
      return task.getTaskHeaders();
    }
    return Map.of();
  }
}

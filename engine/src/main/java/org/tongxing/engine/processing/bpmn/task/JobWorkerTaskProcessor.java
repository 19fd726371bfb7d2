package org.tongxing.engine.processing.bpmn.task;

import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Service tasks (and other job worker tasks): create a job and wait for a worker to complete it.
 */
public final class JobWorkerTaskProcessor implements BpmnElementProcessor<ExecutableJobWorkerTask> {

  private final BpmnBehaviors behaviors;

  public JobWorkerTaskProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableJobWorkerTask> elementClass() {
    return ExecutableJobWorkerTask.class;
  }

  @Override
  public void onActivate(
      ExecutableJobWorkerTask element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    if (!behaviors.jobs().createJob(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableJobWorkerTask element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }
}

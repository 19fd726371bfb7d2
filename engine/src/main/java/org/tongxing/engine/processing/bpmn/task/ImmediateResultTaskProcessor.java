package org.tongxing.engine.processing.bpmn.task;

import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableJobWorkerTask;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * A task the engine does itself (a FEEL script, a DMN decision): it computes its result on
 * activation, sets it as its result variable (as a job's variables are set) and completes. The same
 * BPMN element types implemented by a job worker are handed to the job worker processor.
 */
abstract class ImmediateResultTaskProcessor implements BpmnElementProcessor<ExecutableFlowNode> {

  protected final BpmnBehaviors behaviors;
  private final JobWorkerTaskProcessor jobWorkerTask;

  ImmediateResultTaskProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
    this.jobWorkerTask = new JobWorkerTaskProcessor(behaviors);
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  /** The result variable's name and JSON value; null after raising an incident. */
  protected abstract Map.Entry<String, String> computeResult(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context);

  @Override
  public void onActivate(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element instanceof ExecutableJobWorkerTask job) {
      jobWorkerTask.onActivate(job, instance, context);
      return;
    }
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    Map.Entry<String, String> result = computeResult(element, instance, context);
    if (result == null) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    behaviors
        .variableMappings()
        .applyCompletionVariables(
            element, instance, Map.of(result.getKey(), result.getValue()), context);
    behaviors.stateTransitions().completeElement(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element instanceof ExecutableJobWorkerTask job) {
      jobWorkerTask.onComplete(job, instance, context);
      return;
    }
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

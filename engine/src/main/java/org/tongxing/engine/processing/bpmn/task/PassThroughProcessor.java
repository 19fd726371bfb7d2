package org.tongxing.engine.processing.bpmn.task;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Elements that do nothing but pass the token on: none start and end events, undefined and manual
 * tasks. They apply their mappings and complete at once.
 */
public final class PassThroughProcessor implements BpmnElementProcessor<ExecutableFlowNode> {

  private final BpmnBehaviors behaviors;

  public PassThroughProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToActivated(instance, context);
    behaviors.stateTransitions().completeElement(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
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

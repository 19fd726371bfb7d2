package org.tongxing.engine.processing.bpmn.gateway;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Parallel gateway: forks a token onto every outgoing flow. As a join it is only activated once a
 * token waits on each incoming flow (see {@code BpmnStateTransitionBehavior}).
 */
public final class ParallelGatewayProcessor implements BpmnElementProcessor<ExecutableFlowNode> {

  private final BpmnBehaviors behaviors;

  public ParallelGatewayProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    var transitions = behaviors.stateTransitions();
    transitions.transitionToActivated(instance, context);
    transitions.transitionToCompleting(instance, context);
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    transitions.takeOutgoingSequenceFlows(element, instance, context);
  }

  @Override
  public void onComplete(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    throw new IllegalStateException(
        "Expected parallel gateway '"
            + element.getId()
            + "' to complete while it is activated, but it was asked to complete later");
  }
}

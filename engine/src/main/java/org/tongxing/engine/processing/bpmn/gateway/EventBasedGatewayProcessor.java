package org.tongxing.engine.processing.bpmn.gateway;

import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Event-based gateway: waits for the events after it (timers, messages, signals, receive tasks);
 * the first that occurs decides the path (see {@code CatchEventTriggerBehavior}).
 */
public final class EventBasedGatewayProcessor implements BpmnElementProcessor<ExecutableFlowNode> {

  private final BpmnBehaviors behaviors;

  public EventBasedGatewayProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableFlowNode> elementClass() {
    return ExecutableFlowNode.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    throw new IllegalStateException(
        "Expected event-based gateway '"
            + element.getId()
            + "' to complete when one of its events occurs, but it was asked to complete");
  }
}

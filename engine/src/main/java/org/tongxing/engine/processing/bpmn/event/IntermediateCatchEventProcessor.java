package org.tongxing.engine.processing.bpmn.event;

import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;

/**
 * Intermediate catch event (timer, message): opens its subscription and waits; completes when
 * the event arrives.
 */
public final class IntermediateCatchEventProcessor
    implements BpmnElementProcessor<ExecutableCatchEvent> {

  private final BpmnBehaviors behaviors;

  public IntermediateCatchEventProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableCatchEvent> elementClass() {
    return ExecutableCatchEvent.class;
  }

  @Override
  public void onActivate(
      ExecutableCatchEvent element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.variableMappings().applyInputMappings(element, instance, context)
        || !behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableCatchEvent element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToCompleted(instance, context);
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }
}

package org.tongxing.engine.processing.bpmn.container;

import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Embedded sub-process: a scope of its own (local variables, input and output mappings) that starts
 * at its none start event and completes when nothing is left in it.
 */
public final class SubProcessProcessor
    implements BpmnElementProcessor<ExecutableFlowElementContainer> {

  private final BpmnBehaviors behaviors;

  public SubProcessProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableFlowElementContainer> elementClass() {
    return ExecutableFlowElementContainer.class;
  }

  @Override
  public void onActivate(
      ExecutableFlowElementContainer element,
      BpmnElementContext instance,
      ProcessingContext context) {
    if (!behaviors.eventSubscriptions().subscribe(element, instance, context)) {
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    ExecutableFlowNode start = element.getNoneStartEvent();
    context.followUp(
        new InternalCommand.ActivateElement(
            -1,
            start,
            instance
                .record()
                .withElement(
                    start.getId(), start.getElementType(), instance.elementInstanceKey())));
  }

  @Override
  public void onComplete(
      ExecutableFlowElementContainer element,
      BpmnElementContext instance,
      ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.stateTransitions().takeOutgoingSequenceFlows(element, instance, context);
  }

  @Override
  public void onChildCompleted(
      ExecutableFlowElementContainer element,
      BpmnElementContext instance,
      ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(instance.elementInstanceKey());
    // done when no element is active inside and no token is on its way
    if (scope != null
        && scope.isActive()
        && scope.activeChildren() == 0
        && scope.activeSequenceFlows() == 0) {
      onComplete(element, instance, context);
    }
  }
}

package org.tongxing.engine.processing.bpmn.container;

import org.tongxing.engine.model.executable.ExecutableFlowElementContainer;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Event sub-process: started by its start event's trigger (which activates that start event right
 * after it); completes when nothing is left in it, which ends a path of its scope.
 */
public final class EventSubProcessProcessor
    implements BpmnElementProcessor<ExecutableFlowElementContainer> {

  private final BpmnBehaviors behaviors;

  public EventSubProcessProcessor(BpmnBehaviors behaviors) {
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
    behaviors.stateTransitions().transitionToActivated(instance, context);
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
    behaviors.stateTransitions().onPathEnded(instance, context);
  }

  @Override
  public void onChildCompleted(
      ExecutableFlowElementContainer element,
      BpmnElementContext instance,
      ProcessingContext context) {
    ElementInstance scope = context.state().elementInstances().get(instance.elementInstanceKey());
    if (scope != null
        && scope.isActive()
        && scope.activeChildren() == 0
        && scope.activeSequenceFlows() == 0) {
      onComplete(element, instance, context);
    }
  }
}

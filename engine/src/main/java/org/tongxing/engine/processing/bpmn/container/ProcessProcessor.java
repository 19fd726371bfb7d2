package org.tongxing.engine.processing.bpmn.container;

import org.tongxing.engine.model.executable.ExecutableProcess;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.state.immutable.ElementInstance;

/** The process itself: completes when nothing is left in it. */
public final class ProcessProcessor implements BpmnElementProcessor<ExecutableProcess> {

  private final BpmnBehaviors behaviors;

  public ProcessProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableProcess> elementClass() {
    return ExecutableProcess.class;
  }

  /**
   * Whoever creates the instance chooses where it starts (the none start event, a timer or
   * message start event, start instructions) and activates that element right after this.
   */
  @Override
  public void onActivate(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToActivated(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    behaviors.stateTransitions().transitionToCompleting(instance, context);
    if (!behaviors.stateTransitions().transitionToCompleted(instance, context)) {
      return;
    }
    behaviors.processEnd().onEnded(element, context);
  }

  @Override
  public void onChildCompleted(
      ExecutableProcess element, BpmnElementContext instance, ProcessingContext context) {
    ElementInstance process = context.state().elementInstances().get(instance.elementInstanceKey());
    // the process is done when no element is active in it and no token is on its way
    if (process != null
        && process.isActive()
        && process.activeChildren() == 0
        && process.activeSequenceFlows() == 0) {
      onComplete(element, instance, context);
    }
  }
}

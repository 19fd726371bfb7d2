package org.tongxing.engine.processing.bpmn.event;

import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ErrorType;

/**
 * End events. A none end event ends its path; a terminate end event ends its whole scope,
 * terminating everything still active in it; an error end event throws its error to the
 * nearest catching boundary event, or raises an incident when nothing catches it.
 */
public final class EndEventProcessor implements BpmnElementProcessor<ExecutableCatchEvent> {

  private final BpmnBehaviors behaviors;

  public EndEventProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableCatchEvent> elementClass() {
    return ExecutableCatchEvent.class;
  }

  @Override
  public void onActivate(
      ExecutableCatchEvent element, BpmnElementContext instance, ProcessingContext context) {
    if (!behaviors.variableMappings().applyInputMappings(element, instance, context)) {
      return;
    }
    if (element.getDefinition() instanceof EventDefinition.Error error) {
      throwError(error, instance, context);
      return;
    }
    behaviors.stateTransitions().transitionToActivated(instance, context);
    behaviors.stateTransitions().completeElement(instance, context);
  }

  private void throwError(
      EventDefinition.Error error, BpmnElementContext instance, ProcessingContext context) {
    var code = behaviors.expressions().evaluateString(error.errorCode(),
        instance.elementInstanceKey(), context);
    if (code.isFailure()) {
      behaviors.incidents().createElementIncident(ErrorType.EXTRACT_VALUE_ERROR, code.failure(),
          instance, context);
      return;
    }
    // thrown while activating: an incident leaves the end event activating, to throw again
    if (!behaviors.errorEvents().throwError(code.value(), instance.elementInstanceKey(),
        Map.of(), context)) {
      behaviors.incidents().createElementIncident(ErrorType.UNHANDLED_ERROR_EVENT,
          "Expected to throw an error event with the code '" + code.value()
              + "', but it was not caught. No error events are available in the scope.",
          instance, context);
    }
  }

  @Override
  public void onComplete(
      ExecutableCatchEvent element, BpmnElementContext instance, ProcessingContext context) {
    var transitions = behaviors.stateTransitions();
    transitions.transitionToCompleting(instance, context);
    if (!behaviors.variableMappings().applyOutputMappings(element, instance, context)) {
      return;
    }
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    if (element.getDefinition() instanceof EventDefinition.Terminate) {
      // everything else in the scope ends too; the applier dropped its waiting tokens
      for (long sibling :
          context.state().elementInstances().getChildren(instance.flowScopeKey())) {
        behaviors.termination().terminate(sibling, context);
      }
      context.followUp(new InternalCommand.ChildCompleted(instance.flowScopeKey()));
      return;
    }
    transitions.onPathEnded(instance, context);
  }
}

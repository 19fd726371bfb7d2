package org.tongxing.engine.processing.bpmn.event;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.model.executable.EventDefinition;
import org.tongxing.engine.model.executable.ExecutableCatchEvent;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ErrorType;

/** What signal and escalation throw events (intermediate or end) do when they are reached. */
final class ThrowEventBehavior {

  private final BpmnBehaviors behaviors;

  ThrowEventBehavior(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  /**
   * Broadcasts the signal (with the event's local variables) or throws the escalation. False when
   * the event may not go on: an incident was raised, or an interrupting catch event terminated it.
   */
  boolean throwEvent(
      ExecutableCatchEvent element, BpmnElementContext instance, ProcessingContext context) {
    long key = instance.elementInstanceKey();
    if (element.getDefinition() instanceof EventDefinition.Signal signal) {
      var name = behaviors.expressions().evaluateString(signal.name(), key, context);
      if (name.isFailure()) {
        behaviors
            .incidents()
            .createElementIncident(
                ErrorType.EXTRACT_VALUE_ERROR, name.failure(), instance, context);
        return false;
      }
      Map<String, String> variables = new LinkedHashMap<>();
      context
          .state()
          .variables()
          .getLocals(key)
          .forEach((variable, value) -> variables.put(variable, value.value()));
      behaviors.signals().broadcast(name.value(), variables, context);
      return context.state().elementInstances().get(key) != null;
    }
    if (element.getDefinition() instanceof EventDefinition.Escalation escalation) {
      var code = behaviors.expressions().evaluateString(escalation.escalationCode(), key, context);
      if (code.isFailure()) {
        behaviors
            .incidents()
            .createElementIncident(
                ErrorType.EXTRACT_VALUE_ERROR, code.failure(), instance, context);
        return false;
      }
      return !behaviors.escalations().throwEscalation(code.value(), key, context);
    }
    return true;
  }
}

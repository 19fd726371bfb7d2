package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.processing.InternalCommand;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * An awaited event occurred for a catch event, a receive task or an event-based gateway. The catch
 * event or receive task completes with the event's variables; the gateway completes and its path
 * goes on through the event that occurred (which completes at once), the others are dropped.
 */
public final class CatchEventTriggerBehavior {

  private final BpmnStateTransitionBehavior transitions;
  private final VariableMappingBehavior variableMappings;

  public CatchEventTriggerBehavior(
      BpmnStateTransitionBehavior transitions, VariableMappingBehavior variableMappings) {
    this.transitions = transitions;
    this.variableMappings = variableMappings;
  }

  public void trigger(
      ElementInstance waiting,
      ExecutableFlowNode event,
      Map<String, String> variables,
      ProcessingContext context) {
    BpmnElementContext instance = new BpmnElementContext(waiting.key(), waiting.value());
    if (waiting.value().bpmnElementType() != BpmnElementType.EVENT_BASED_GATEWAY) {
      variableMappings.applyCompletionVariables(event, instance, variables, context);
      context.followUp(new InternalCommand.CompleteElement(waiting.key()));
      return;
    }
    transitions.transitionToCompleting(instance, context);
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    ExecutableSequenceFlow flow =
        event.getIncoming().stream()
            .filter(incoming -> incoming.getSource().getId().equals(waiting.value().elementId()))
            .findFirst()
            .orElseThrow();
    context.appendEvent(
        context.nextKey(),
        ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN,
        waiting
            .value()
            .withElement(flow.getId(), flow.getElementType(), waiting.value().flowScopeKey()));
    context.followUp(
        new InternalCommand.ActivateTriggeredEvent(
            event,
            waiting
                .value()
                .withElement(event.getId(), event.getElementType(), waiting.value().flowScopeKey()),
            variables));
  }
}

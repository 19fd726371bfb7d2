package org.tongxing.engine.processing.bpmn.gateway;

import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.model.executable.ExecutableInclusiveGateway;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ErrorType;

/**
 * Inclusive gateway: takes every outgoing flow whose condition is true (flows without a condition
 * count as true), else the default flow; raises an incident when there is neither. As a join it is
 * activated only once no more tokens can arrive (see {@code
 * BpmnStreamProcessor.checkInclusiveJoins}).
 */
public final class InclusiveGatewayProcessor
    implements BpmnElementProcessor<ExecutableInclusiveGateway> {

  private final BpmnBehaviors behaviors;

  public InclusiveGatewayProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableInclusiveGateway> elementClass() {
    return ExecutableInclusiveGateway.class;
  }

  @Override
  public void onActivate(
      ExecutableInclusiveGateway element, BpmnElementContext instance, ProcessingContext context) {
    List<ExecutableSequenceFlow> chosen = new ArrayList<>();
    for (ExecutableSequenceFlow flow : element.getOutgoing()) {
      if (flow == element.getDefaultFlow()) {
        continue;
      }
      if (flow.getCondition() == null) {
        chosen.add(flow);
        continue;
      }
      EvaluationResult result =
          behaviors
              .expressions()
              .evaluate(flow.getCondition(), instance.elementInstanceKey(), context);
      if (result.isFailure() || !(result.value() instanceof Boolean holds)) {
        behaviors
            .incidents()
            .createElementIncident(
                ErrorType.CONDITION_ERROR,
                result.isFailure()
                    ? result.failureMessage()
                    : "Expected result of the expression '"
                        + flow.getCondition().text()
                        + "' to be 'BOOLEAN', but was '"
                        + result.value()
                        + "'",
                instance,
                context);
        return;
      }
      if (holds) {
        chosen.add(flow);
      }
    }
    if (chosen.isEmpty() && element.getDefaultFlow() != null) {
      chosen.add(element.getDefaultFlow());
    }
    if (chosen.isEmpty() && !element.getOutgoing().isEmpty()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.CONDITION_ERROR,
              "Expected at least one condition to evaluate to true, or to have a default flow",
              instance,
              context);
      return;
    }
    var transitions = behaviors.stateTransitions();
    transitions.transitionToActivated(instance, context);
    transitions.transitionToCompleting(instance, context);
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    if (chosen.isEmpty()) {
      transitions.onPathEnded(instance, context);
      return;
    }
    for (ExecutableSequenceFlow flow : chosen) {
      transitions.takeSequenceFlow(flow, instance, context);
    }
    transitions.checkInclusiveJoins(instance, context);
  }

  @Override
  public void onComplete(
      ExecutableInclusiveGateway element, BpmnElementContext instance, ProcessingContext context) {
    throw new IllegalStateException(
        "Expected inclusive gateway '"
            + element.getId()
            + "' to complete while it is activated, but it was asked to complete later");
  }
}

package org.tongxing.engine.processing.bpmn.gateway;

import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.model.executable.ExecutableExclusiveGateway;
import org.tongxing.engine.model.executable.ExecutableSequenceFlow;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.BpmnElementProcessor;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.ErrorType;

/**
 * Exclusive gateway: takes the first outgoing flow whose condition is true, in the order of the
 * BPMN, else the default flow; raises an incident when there is neither.
 */
public final class ExclusiveGatewayProcessor
    implements BpmnElementProcessor<ExecutableExclusiveGateway> {

  private final BpmnBehaviors behaviors;

  public ExclusiveGatewayProcessor(BpmnBehaviors behaviors) {
    this.behaviors = behaviors;
  }

  @Override
  public Class<ExecutableExclusiveGateway> elementClass() {
    return ExecutableExclusiveGateway.class;
  }

  @Override
  public void onActivate(
      ExecutableExclusiveGateway element, BpmnElementContext instance, ProcessingContext context) {
    if (element.getOutgoing().size() == 1 && element.getOutgoing().get(0).getCondition() == null) {
      // a gateway that only joins paths: nothing to decide
      complete(element, element.getOutgoing().get(0), instance, context);
      return;
    }
    ExecutableSequenceFlow chosen = null;
    for (ExecutableSequenceFlow flow : element.getOutgoing()) {
      if (flow == element.getDefaultFlow() || flow.getCondition() == null) {
        continue;
      }
      EvaluationResult result =
          behaviors
              .expressions()
              .evaluate(flow.getCondition(), instance.elementInstanceKey(), context);
      if (result.isFailure()) {
        behaviors
            .incidents()
            .createElementIncident(
                ErrorType.CONDITION_ERROR, result.failureMessage(), instance, context);
        return;
      }
      if (!(result.value() instanceof Boolean)) {
        behaviors
            .incidents()
            .createElementIncident(
                ErrorType.CONDITION_ERROR,
                "Expected result of the expression '"
                    + flow.getCondition().text()
                    + "' to be 'BOOLEAN', but was '"
                    + result.value()
                    + "'",
                instance,
                context);
        return;
      }
      if ((Boolean) result.value()) {
        chosen = flow;
        break;
      }
    }
    if (chosen == null) {
      chosen = element.getDefaultFlow();
    }
    if (chosen == null) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.CONDITION_ERROR,
              "Expected at least one condition to evaluate to true, or to have a default flow",
              instance,
              context);
      return;
    }
    complete(element, chosen, instance, context);
  }

  private void complete(
      ExecutableExclusiveGateway element,
      ExecutableSequenceFlow flow,
      BpmnElementContext instance,
      ProcessingContext context) {
    var transitions = behaviors.stateTransitions();
    transitions.transitionToActivated(instance, context);
    transitions.transitionToCompleting(instance, context);
    if (!transitions.transitionToCompleted(instance, context)) {
      return;
    }
    transitions.takeSequenceFlow(flow, instance, context);
  }

  @Override
  public void onComplete(
      ExecutableExclusiveGateway element, BpmnElementContext instance, ProcessingContext context) {
    throw new IllegalStateException(
        "Expected exclusive gateway '"
            + element.getId()
            + "' to complete while it is activated, but it was asked to complete later");
  }
}

package org.tongxing.engine.processing.bpmn.task;

import java.util.Map;
import org.tongxing.engine.model.executable.ExecutableBusinessRuleTask;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.processing.bpmn.behavior.BpmnBehaviors;
import org.tongxing.engine.record.DecisionRecord;
import org.tongxing.engine.record.ErrorType;

/**
 * Business rule task: evaluates the latest version of its decision with the variables in its scope
 * and sets the decision's result as its result variable (or is a job).
 */
public final class BusinessRuleTaskProcessor extends ImmediateResultTaskProcessor {

  public BusinessRuleTaskProcessor(BpmnBehaviors behaviors) {
    super(behaviors);
  }

  @Override
  protected Map.Entry<String, String> computeResult(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    ExecutableBusinessRuleTask task = (ExecutableBusinessRuleTask) element;
    var decisionId =
        behaviors
            .expressions()
            .evaluateString(task.getDecisionId(), instance.elementInstanceKey(), context);
    if (decisionId.isFailure()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.EXTRACT_VALUE_ERROR, decisionId.failure(), instance, context);
      return null;
    }
    DecisionRecord decision = context.state().decisions().getLatestDecision(decisionId.value());
    if (decision == null) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.CALLED_DECISION_ERROR,
              "Expected to evaluate decision '"
                  + decisionId.value()
                  + "', but no decision found for id '"
                  + decisionId.value()
                  + "'",
              instance,
              context);
      return null;
    }
    var evaluation =
        behaviors
            .decisions()
            .evaluate(
                decision,
                context.state().variables().getVisible(instance.elementInstanceKey()),
                instance.record(),
                instance.elementInstanceKey(),
                context)
            .record();
    if (!evaluation.failureMessage().isEmpty()) {
      behaviors
          .incidents()
          .createElementIncident(
              ErrorType.DECISION_EVALUATION_ERROR, evaluation.failureMessage(), instance, context);
      return null;
    }
    return Map.entry(task.getResultVariable(), evaluation.result());
  }
}

package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;

/** A business rule task that evaluates a DMN decision ({@code zeebe:calledDecision}). */
public final class ExecutableBusinessRuleTask extends ExecutableFlowNode {

  private final Expression decisionId;
  private final String resultVariable;

  public ExecutableBusinessRuleTask(
      String id, String name, Expression decisionId, String resultVariable) {
    super(id, name, BpmnElementType.BUSINESS_RULE_TASK);
    this.decisionId = decisionId;
    this.resultVariable = resultVariable;
  }

  public Expression getDecisionId() {
    return decisionId;
  }

  public String getResultVariable() {
    return resultVariable;
  }
}

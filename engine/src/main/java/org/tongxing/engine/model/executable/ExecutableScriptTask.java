package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;

/** A script task with a FEEL expression ({@code zeebe:script}). */
public final class ExecutableScriptTask extends ExecutableFlowNode {

  private final Expression expression;
  private final String resultVariable;

  public ExecutableScriptTask(
      String id, String name, Expression expression, String resultVariable) {
    super(id, name, BpmnElementType.SCRIPT_TASK);
    this.expression = expression;
    this.resultVariable = resultVariable;
  }

  public Expression getExpression() {
    return expression;
  }

  public String getResultVariable() {
    return resultVariable;
  }
}

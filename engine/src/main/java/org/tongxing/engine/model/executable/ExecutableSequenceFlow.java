package org.tongxing.engine.model.executable;

import org.tongxing.engine.feel.Expression;
import org.tongxing.engine.record.BpmnElementType;

/** A sequence flow, with its FEEL condition if it has one. */
public final class ExecutableSequenceFlow extends ExecutableFlowElement {

  private ExecutableFlowNode source;
  private ExecutableFlowNode target;
  private Expression condition;

  public ExecutableSequenceFlow(String id, String name) {
    super(id, name, BpmnElementType.SEQUENCE_FLOW);
  }

  public ExecutableFlowNode getSource() {
    return source;
  }

  public void setSource(ExecutableFlowNode source) {
    this.source = source;
  }

  public ExecutableFlowNode getTarget() {
    return target;
  }

  public void setTarget(ExecutableFlowNode target) {
    this.target = target;
  }

  /** The condition, or null for an unconditional flow. */
  public Expression getCondition() {
    return condition;
  }

  public void setCondition(Expression condition) {
    this.condition = condition;
  }
}

package org.tongxing.engine.model.executable;

import org.tongxing.engine.record.BpmnElementType;

/** An exclusive gateway, with its default flow if it has one. */
public final class ExecutableExclusiveGateway extends ExecutableFlowNode {

  private ExecutableSequenceFlow defaultFlow;

  public ExecutableExclusiveGateway(String id, String name) {
    super(id, name, BpmnElementType.EXCLUSIVE_GATEWAY);
  }

  public ExecutableSequenceFlow getDefaultFlow() {
    return defaultFlow;
  }

  public void setDefaultFlow(ExecutableSequenceFlow defaultFlow) {
    this.defaultFlow = defaultFlow;
  }
}

package org.tongxing.engine.model.executable;

import org.tongxing.engine.record.BpmnElementType;

/**
 * The body around a multi-instance activity. It takes the activity's place in the flow (its
 * sequence flows and boundary events attach to the body) and runs the inner activity once per item.
 */
public final class ExecutableMultiInstanceBody extends ExecutableFlowNode {

  private final ExecutableFlowNode innerActivity;
  private final LoopCharacteristics loop;

  public ExecutableMultiInstanceBody(ExecutableFlowNode innerActivity, LoopCharacteristics loop) {
    super(innerActivity.getId(), innerActivity.getName(), BpmnElementType.MULTI_INSTANCE_BODY);
    this.innerActivity = innerActivity;
    this.loop = loop;
  }

  public ExecutableFlowNode getInnerActivity() {
    return innerActivity;
  }

  public LoopCharacteristics getLoop() {
    return loop;
  }
}

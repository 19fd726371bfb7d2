package org.tongxing.engine.model.executable;

import org.tongxing.engine.record.BpmnElementType;

/** A receive task: waits for a message like a catch event, but can have boundary events. */
public final class ExecutableReceiveTask extends ExecutableFlowNode {

  private final EventDefinition.Message message;

  public ExecutableReceiveTask(String id, String name, EventDefinition.Message message) {
    super(id, name, BpmnElementType.RECEIVE_TASK);
    this.message = message;
  }

  public EventDefinition.Message getMessage() {
    return message;
  }
}

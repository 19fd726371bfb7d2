package org.tongxing.engine.processing.bpmn;

import org.tongxing.engine.record.ProcessInstanceRecord;

/**
 * The element instance a BPMN processor works on.
 *
 * @param elementInstanceKey the key of the element instance
 * @param record its process instance record (element id, flow scope, process)
 */
public record BpmnElementContext(long elementInstanceKey, ProcessInstanceRecord record) {

  public long flowScopeKey() {
    return record.flowScopeKey();
  }

  public long processInstanceKey() {
    return record.processInstanceKey();
  }
}

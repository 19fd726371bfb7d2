package org.tongxing.engine.record;

/**
 * An element instance of a process instance (the process itself is the element instance whose key
 * is the process instance key), or a sequence flow taken.
 *
 * @param flowScopeKey the key of the element instance that contains this one; -1 for the process
 */
public record ProcessInstanceRecord(
    String bpmnProcessId,
    int version,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    BpmnElementType bpmnElementType,
    long flowScopeKey,
    long parentProcessInstanceKey,
    long parentElementInstanceKey)
    implements RecordValue {

  public ProcessInstanceRecord withElement(
      String elementId, BpmnElementType type, long flowScopeKey) {
    return new ProcessInstanceRecord(
        bpmnProcessId,
        version,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        type,
        flowScopeKey,
        parentProcessInstanceKey,
        parentElementInstanceKey);
  }
}

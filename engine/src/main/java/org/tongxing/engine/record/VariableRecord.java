package org.tongxing.engine.record;

/**
 * A variable set on a scope (process instance or element instance).
 *
 * @param value the value as JSON text
 */
public record VariableRecord(
    String name,
    String value,
    long scopeKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId)
    implements RecordValue {}

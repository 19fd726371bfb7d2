package org.tongxing.engine.record;

/** A deployed process definition, with its BPMN XML. */
public record ProcessRecord(
    String bpmnProcessId,
    String name,
    int version,
    long processDefinitionKey,
    String resourceName,
    String checksum,
    String resource,
    long deploymentKey)
    implements RecordValue {}

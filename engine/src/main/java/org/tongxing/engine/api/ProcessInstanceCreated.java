package org.tongxing.engine.api;

/** The started process instance. */
public record ProcessInstanceCreated(
    long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version) {}

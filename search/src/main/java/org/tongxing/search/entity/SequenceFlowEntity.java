package org.tongxing.search.entity;

/** A sequence flow that an instance took (once, however often it took it). */
public record SequenceFlowEntity(
    long processInstanceKey,
    String elementId,
    long processDefinitionKey,
    String processDefinitionId) {}

package org.tongxing.search.entity;

/**
 * An element instance (flow node instance).
 *
 * @param state ACTIVE, COMPLETED or TERMINATED
 */
public record ElementInstanceEntity(
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String processDefinitionId,
    String elementId,
    String elementName,
    String type,
    String state,
    long startDate,
    Long endDate,
    Long incidentKey) {}

package org.tongxing.search.entity;

/**
 * An incident.
 *
 * @param state ACTIVE or RESOLVED
 */
public record IncidentEntity(
    long incidentKey,
    String errorType,
    String errorMessage,
    String state,
    long processInstanceKey,
    long processDefinitionKey,
    String processDefinitionId,
    String elementId,
    long elementInstanceKey,
    Long jobKey,
    long creationTime) {}

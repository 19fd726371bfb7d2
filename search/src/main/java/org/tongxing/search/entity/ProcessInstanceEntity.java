package org.tongxing.search.entity;

/**
 * A process instance.
 *
 * @param state ACTIVE, COMPLETED or TERMINATED
 * @param endDate epoch ms, or null while active
 */
public record ProcessInstanceEntity(
    long processInstanceKey,
    long processDefinitionKey,
    String processDefinitionId,
    String processDefinitionName,
    int processDefinitionVersion,
    String state,
    long startDate,
    Long endDate,
    Long parentProcessInstanceKey,
    Long parentElementInstanceKey,
    boolean hasIncident) {}

package org.tongxing.search.entity;

import java.util.List;
import java.util.Map;

/**
 * A user task.
 *
 * @param state CREATED, COMPLETED or CANCELED
 * @param dueDate epoch ms or null
 */
public record UserTaskEntity(
    long userTaskKey,
    String name,
    String state,
    String assignee,
    String elementId,
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String processDefinitionId,
    String processName,
    int processDefinitionVersion,
    Long formKey,
    String externalFormReference,
    long creationDate,
    Long completionDate,
    Long dueDate,
    Long followUpDate,
    int priority,
    Map<String, String> customHeaders,
    List<String> candidateGroups,
    List<String> candidateUsers) {}

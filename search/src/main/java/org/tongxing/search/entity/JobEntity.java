package org.tongxing.search.entity;

import java.util.Map;

/**
 * A job and the last thing that happened to it ({@code state}: CREATED, COMPLETED, FAILED, ...).
 *
 * @param kind BPMN_ELEMENT or EXECUTION_LISTENER
 * @param listenerEventType START or END for an execution listener's job, else UNSPECIFIED
 * @param hasFailedWithRetriesLeft whether its last failure left it retries
 */
public record JobEntity(
    long jobKey,
    String type,
    String worker,
    String state,
    int retries,
    String errorMessage,
    String errorCode,
    Long deadline,
    long processInstanceKey,
    long elementInstanceKey,
    String elementId,
    long processDefinitionKey,
    String processDefinitionId,
    Map<String, String> customHeaders,
    Long endTime,
    String kind,
    String listenerEventType,
    boolean hasFailedWithRetriesLeft,
    Long creationTime) {}

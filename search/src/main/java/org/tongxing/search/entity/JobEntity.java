package org.tongxing.search.entity;

import java.util.Map;

/** A job and the last thing that happened to it ({@code state}: CREATED, COMPLETED, FAILED, ...). */
public record JobEntity(
    long jobKey, String type, String worker, String state, int retries, String errorMessage,
    String errorCode, Long deadline, long processInstanceKey, long elementInstanceKey,
    String elementId, long processDefinitionKey, String processDefinitionId,
    Map<String, String> customHeaders, Long endTime) {}

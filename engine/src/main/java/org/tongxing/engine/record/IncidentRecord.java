package org.tongxing.engine.record;

/**
 * An incident: the process instance cannot go on at an element until someone fixes the cause.
 *
 * @param jobKey the failed job, -1 when the incident is not about a job
 * @param variableScopeKey the scope whose variables a fix would change
 */
public record IncidentRecord(
    ErrorType errorType,
    String errorMessage,
    String bpmnProcessId,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    long elementInstanceKey,
    long jobKey,
    long variableScopeKey)
    implements RecordValue {}

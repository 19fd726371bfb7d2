package org.tongxing.engine.record;

import java.util.Map;

/**
 * A job for a worker.
 *
 * @param deadline when an activated job times out (epoch ms); -1 when not activated
 * @param retryBackoff how long a failed job waits before it can be activated again (ms)
 * @param recurringTime when a failed job with back-off becomes activatable again (epoch ms)
 * @param variables JSON object sent with completion, failure or error; "{}" when none
 * @param kind whether the job does an element's work or runs one of its listeners
 * @param listenerEventType for a listener's job, the event it listens to (start or end of an
 *     element, a user task's lifecycle event)
 */
public record JobRecord(
    String type,
    String worker,
    int retries,
    long deadline,
    String errorMessage,
    String errorCode,
    Map<String, String> customHeaders,
    String bpmnProcessId,
    int processDefinitionVersion,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    long elementInstanceKey,
    long retryBackoff,
    long recurringTime,
    String variables,
    JobKind kind,
    JobListenerEventType listenerEventType)
    implements RecordValue {

  /** Records written before jobs had kinds were all the jobs of BPMN elements. */
  public JobRecord {
    kind = kind == null ? JobKind.BPMN_ELEMENT : kind;
    listenerEventType =
        listenerEventType == null ? JobListenerEventType.UNSPECIFIED : listenerEventType;
  }

  public boolean forExecutionListener() {
    return kind == JobKind.EXECUTION_LISTENER;
  }

  public boolean forTaskListener() {
    return kind == JobKind.TASK_LISTENER;
  }

  public JobRecord withActivation(String worker, long deadline) {
    return new JobRecord(
        type,
        worker,
        retries,
        deadline,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }

  public JobRecord withFailure(
      int retries, String errorMessage, long retryBackoff, long recurringTime, String variables) {
    return new JobRecord(
        type,
        worker,
        retries,
        -1,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }

  public JobRecord withError(String errorCode, String errorMessage, String variables) {
    return new JobRecord(
        type,
        worker,
        retries,
        deadline,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }

  public JobRecord withVariables(String variables) {
    return new JobRecord(
        type,
        worker,
        retries,
        deadline,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }

  public JobRecord withRetries(int retries) {
    return new JobRecord(
        type,
        worker,
        retries,
        deadline,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }

  /** A job that can be handed to a worker again: not activated, no deadline. */
  public JobRecord withoutActivation() {
    return new JobRecord(
        type,
        worker,
        retries,
        -1,
        errorMessage,
        errorCode,
        customHeaders,
        bpmnProcessId,
        processDefinitionVersion,
        processDefinitionKey,
        processInstanceKey,
        elementId,
        elementInstanceKey,
        retryBackoff,
        recurringTime,
        variables,
        kind,
        listenerEventType);
  }
}

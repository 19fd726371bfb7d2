package org.tongxing.engine.record;

/**
 * An element waiting for a signal: a catch event, an activity with a signal boundary event, a scope
 * with a signal event sub-process, or a process version's signal start event.
 *
 * @param elementInstanceKey the element instance that waits; -1 for a start event
 * @param catchElementId the signal event to complete or activate
 */
public record SignalSubscriptionRecord(
    String signalName,
    long processDefinitionKey,
    String bpmnProcessId,
    String catchElementId,
    long elementInstanceKey,
    long processInstanceKey)
    implements RecordValue {}

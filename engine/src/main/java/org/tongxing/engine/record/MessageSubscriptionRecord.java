package org.tongxing.engine.record;

/**
 * An element instance waiting for a message (catch event, receive task, or an activity with a
 * message boundary event).
 *
 * @param elementInstanceKey the element instance that waits
 * @param targetElementId the catch event or receive task to complete or activate
 * @param interrupting for a boundary event: does it cancel the activity
 * @param messageKey the correlated message, -1 until correlated
 * @param variables the correlated message's variables, "{}" until correlated
 */
public record MessageSubscriptionRecord(
    long processInstanceKey,
    long elementInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    String targetElementId,
    String messageName,
    String correlationKey,
    boolean interrupting,
    long messageKey,
    String variables)
    implements RecordValue {

  public MessageSubscriptionRecord correlated(long messageKey, String variables) {
    return new MessageSubscriptionRecord(
        processInstanceKey,
        elementInstanceKey,
        processDefinitionKey,
        bpmnProcessId,
        targetElementId,
        messageName,
        correlationKey,
        interrupting,
        messageKey,
        variables);
  }
}

package org.tongxing.engine.record;

/**
 * A process version's message start event, waiting for messages of a name.
 *
 * @param processInstanceKey the instance a correlation created, -1 otherwise
 * @param messageKey the correlated message, -1 otherwise
 */
public record MessageStartEventSubscriptionRecord(
    long processDefinitionKey,
    String bpmnProcessId,
    String startEventId,
    String messageName,
    long messageKey,
    String correlationKey,
    long processInstanceKey,
    String variables)
    implements RecordValue {

  public MessageStartEventSubscriptionRecord correlated(
      long messageKey, String correlationKey, long processInstanceKey, String variables) {
    return new MessageStartEventSubscriptionRecord(
        processDefinitionKey,
        bpmnProcessId,
        startEventId,
        messageName,
        messageKey,
        correlationKey,
        processInstanceKey,
        variables);
  }
}

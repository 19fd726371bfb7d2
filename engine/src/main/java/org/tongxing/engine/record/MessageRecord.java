package org.tongxing.engine.record;

/**
 * A published message.
 *
 * @param correlationKey empty for a message without one (it can only start instances)
 * @param timeToLive how long it waits in the buffer for a subscription (ms)
 * @param deadline when it leaves the buffer (epoch ms)
 * @param messageId the publisher's id for idempotency, or empty
 * @param variables JSON object
 */
public record MessageRecord(
    String name,
    String correlationKey,
    long timeToLive,
    long deadline,
    String messageId,
    String variables)
    implements RecordValue {}

package org.tongxing.engine.record;

/**
 * A timer of a timer event.
 *
 * @param elementInstanceKey the element instance that waits for it (the catch event, or the
 *     activity of a boundary event); -1 for a timer start event
 * @param targetElementId the timer event to activate or complete when it fires
 * @param dueDate when it fires (epoch ms)
 * @param repetitions how many times it fires after this one: 0 once, -1 for ever
 * @param interval how it repeats: an ISO 8601 interval or a cron expression; empty for none
 */
public record TimerRecord(
    long elementInstanceKey,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId,
    String targetElementId,
    long dueDate,
    int repetitions,
    String interval)
    implements RecordValue {}

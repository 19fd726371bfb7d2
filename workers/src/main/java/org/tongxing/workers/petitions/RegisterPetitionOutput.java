package org.tongxing.workers.petitions;

/**
 * What the {@link RegisterPetitionWorker} completes with.
 *
 * @param petitionNumber the register number, {@code XF-<received on, yyyyMMdd>-<process instance
 *     key>}: unique, and the same when the job is retried
 * @param receivedOn the day received, ISO date, local to the calendar's zone (the period tables
 *     take it)
 * @param receivedOnText the day received, in Chinese: 2026年3月2日
 */
public record RegisterPetitionOutput(
    String petitionNumber, String receivedOn, String receivedOnText) {}

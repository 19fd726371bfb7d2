package org.tongxing.workers.petitions;

/**
 * What the {@link RegisterPetitionWorker} completes with.
 *
 * @param petitionNumber the register number, {@code XF-<received on, yyyyMMdd>-<process instance
 *     key>}: unique, and the same when the job is retried
 * @param receivedOnText the day received, in Chinese: 2026年3月2日
 */
public record RegisterPetitionOutput(String petitionNumber, String receivedOnText) {}

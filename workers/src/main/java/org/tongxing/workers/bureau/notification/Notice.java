package org.tongxing.workers.bureau.notification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * A notice as the notification service answers it.
 *
 * @param noticeId the service's number for the notice
 * @param sentAt when it was sent (posted, for a letter)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Notice(
    String noticeId,
    String idempotencyKey,
    String caseId,
    String channel,
    // as the service wrote it (+08:00), not turned into UTC
    @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime sentAt) {}

package org.tongxing.sandbox.notification;

import java.time.OffsetDateTime;

/**
 * A notice the service sent, as {@code /sandbox/notifications/notices} answers it: what the
 * applicant was told, how and when.
 *
 * @param noticeId the service's number: {@code TZ}, the date and a sequence number
 * @param idempotencyKey the caller's key the notice was sent under
 * @param status always {@value #SENT}
 * @param sentAt when it was sent (posted, for a letter), in China Standard Time
 */
public record Notice(
    String noticeId,
    String idempotencyKey,
    String caseId,
    String recipientName,
    String mobile,
    String channel,
    String subject,
    String text,
    String policyClause,
    String status,
    OffsetDateTime sentAt) {

  public static final String SENT = "SENT";

  static Notice sent(
      String noticeId, String idempotencyKey, NoticeRequest request, OffsetDateTime sentAt) {
    return new Notice(
        noticeId,
        idempotencyKey,
        request.caseId(),
        request.recipientName(),
        request.mobile(),
        request.channel(),
        request.subject(),
        request.text(),
        request.policyClause(),
        SENT,
        sentAt);
  }

  /** The request this notice carried out, to compare a repeated one with. */
  NoticeRequest request() {
    return new NoticeRequest(caseId, recipientName, mobile, channel, subject, text, policyClause);
  }
}

package org.tongxing.workers.notification;

import org.tongxing.workers.bureau.notification.Notice;

/**
 * The variables the {@link NotifyApplicantWorker} completes its job with.
 *
 * @param noticeId the notification service's number for the notice
 * @param noticeSentAt ISO date-time with offset, for example {@code 2026-03-15T10:30:45+08:00}
 */
public record NotifyApplicantOutput(String noticeId, String noticeSentAt) {

  static NotifyApplicantOutput of(Notice notice) {
    return new NotifyApplicantOutput(notice.noticeId(), notice.sentAt().toString());
  }
}

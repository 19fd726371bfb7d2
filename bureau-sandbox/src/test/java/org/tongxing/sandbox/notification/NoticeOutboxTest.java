package org.tongxing.sandbox.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxing.sandbox.Concurrently;
import org.tongxing.sandbox.journal.SandboxJournals;

class NoticeOutboxTest {

  private final NoticeOutbox outbox =
      new NoticeOutbox(
          Clock.fixed(Instant.parse("2026-03-15T16:05:00Z"), ZoneId.of("Asia/Shanghai")),
          SandboxJournals.inMemory());

  @Test
  void shouldNumberNoticesByDateInChinaStandardTime() {
    // when
    Notice notice = outbox.send("key-1", notice("JY-1")).notice();

    // then: 16:05 UTC is already the next day in China
    assertThat(notice.noticeId()).isEqualTo("TZ2026031600000001");
    assertThat(notice.sentAt()).isEqualTo(OffsetDateTime.parse("2026-03-16T00:05:00+08:00"));
    assertThat(notice.status()).isEqualTo(Notice.SENT);
  }

  @Test
  void shouldSendOnceWhenTheSameKeyIsPostedConcurrently() throws Exception {
    // when
    List<NoticeOutbox.Outcome> outcomes =
        Concurrently.call(8, () -> outbox.send("key-2", notice("JY-2")));

    // then
    assertThat(outcomes).filteredOn(NoticeOutbox.Outcome::created).hasSize(1);
    assertThat(outcomes)
        .extracting(outcome -> outcome.notice().noticeId())
        .containsOnly("TZ2026031600000001");
    assertThat(outbox.findByCase("JY-2")).hasSize(1);
  }

  private static NoticeRequest notice(String caseId) {
    return new NoticeRequest(caseId, "陈建国", "13805771234", "sms", "审核结果", "您的申请已通过。", "item 6.2");
  }
}

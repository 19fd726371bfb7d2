package org.tongxing.workers.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.workers.SandboxAdmin;
import org.tongxing.workers.WorkersSandboxTest;
import org.tongxing.workers.bureau.notification.NoticeRequest;
import org.tongxing.workers.bureau.notification.NotificationClient;

/** The notice worker against the sandbox's notification service over real HTTP. */
@WorkersSandboxTest
class NotifyApplicantSandboxTest {

  @LocalServerPort private int port;
  @Autowired private NotifyApplicantWorker worker;
  @Autowired private NotificationClient client;

  private SandboxAdmin sandbox;
  private final String caseId = "JY-2026-" + UUID.randomUUID();

  @BeforeEach
  void setUp() {
    sandbox = new SandboxAdmin(port);
  }

  @AfterEach
  void resetFaults() {
    sandbox.resetFaults();
  }

  @Test
  void shouldCallTheSandboxOfThisApp() {
    // when / then
    assertThat(client.baseUrl()).isEqualTo("http://localhost:" + port + "/sandbox/notifications");
  }

  @Test
  void shouldSendTheNoticeTheApplicantReads() {
    // given
    var input = new NotifyApplicantInput(notice("sms", "13805771234"));

    // when
    NotifyApplicantOutput output = worker.notifyApplicant(Jobs.job(101, 202), input);

    // then
    assertThat(output.noticeId()).matches("TZ\\d{16}");
    assertThat(output.noticeSentAt()).endsWith("+08:00");
    assertThat(sandbox.notices(caseId))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice).containsEntry("noticeId", output.noticeId());
              assertThat(notice).containsEntry("idempotencyKey", "101-202");
              assertThat(notice).containsEntry("channel", "sms");
              assertThat(notice).containsEntry("text", "您单位的申请已通过，补贴 3600.00 元将拨付至对公账户。");
            });
  }

  @Test
  void shouldSendOnceWhenTheJobIsRetried() {
    // given a job that sent, but whose completion was lost
    ActivatedJob job = Jobs.job(103, 204);
    var input = new NotifyApplicantInput(notice("letter", null));
    NotifyApplicantOutput first = worker.notifyApplicant(job, input);

    // when
    NotifyApplicantOutput retried = worker.notifyApplicant(Jobs.job(103, 204), input);

    // then
    assertThat(retried).isEqualTo(first);
    assertThat(sandbox.notices(caseId)).hasSize(1);
  }

  @Test
  void shouldSendANewNoticeWhenTheTaskIsReachedAgain() {
    // given
    var input = new NotifyApplicantInput(notice("in-app", ""));
    worker.notifyApplicant(Jobs.job(105, 206), input);

    // when the process loops back to the task: a new element instance
    worker.notifyApplicant(Jobs.job(105, 307), input);

    // then
    assertThat(sandbox.notices(caseId)).hasSize(2);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAMalformedMobileNumber() {
    // given
    var input = new NotifyApplicantInput(notice("sms", "1380577123"));

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.notifyApplicant(Jobs.job(1, 2), input));

    // then
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .endsWith(
            "Expected mobile of 11 digits starting with 1, but was '1380577123' (case '%s')"
                .formatted(caseId));
    assertThat(sandbox.notices(caseId)).isEmpty();
  }

  @Test
  void shouldFailTheJobWithBackoffWhileTheServiceIsDown() {
    // given
    sandbox.failNext("notifications", 1);
    var input = new NotifyApplicantInput(notice("sms", "13805771234"));

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.notifyApplicant(Jobs.job(7, 8), input));

    // then
    assertThat(error).isNotNull();
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(error.getErrorMessage()).endsWith("but got 503 SERVICE_UNAVAILABLE");
    assertThat(sandbox.notices(caseId)).isEmpty();
  }

  private NoticeRequest notice(String channel, String mobile) {
    return new NoticeRequest(
        caseId,
        "温州同行制衣有限公司",
        mobile,
        channel,
        "残疾人就业补贴审核结果",
        "您单位的申请已通过，补贴 3600.00 元将拨付至对公账户。",
        "item 1.4");
  }
}

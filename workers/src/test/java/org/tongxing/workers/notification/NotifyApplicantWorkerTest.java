package org.tongxing.workers.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.notification.NotificationClient;

class NotifyApplicantWorkerTest {

  private final NotifyApplicantWorker worker =
      new NotifyApplicantWorker(
          new NotificationClient(
              new BureauClient(
                  NotificationClient.SYSTEM.name(),
                  RestClient.create(),
                  () -> "http://notify.test")),
          Duration.ofSeconds(10));

  @Test
  void shouldWorkOnTheJobTypeOfTheSharedContract() throws NoSuchMethodException {
    // when
    JobWorker annotation =
        NotifyApplicantWorker.class
            .getMethod("notifyApplicant", ActivatedJob.class, NotifyApplicantInput.class)
            .getAnnotation(JobWorker.class);

    // then
    assertThat(annotation.type()).isEqualTo("notify-applicant");
    assertThat(NotifyApplicantWorker.JOB_TYPE).isEqualTo("notify-applicant");
  }

  @Test
  void shouldKeyTheNoticeByProcessAndElementInstance() {
    // when / then
    assertThat(NotifyApplicantWorker.idempotencyKey(Jobs.job(2251799813685249L, 2251799813685263L)))
        .isEqualTo("2251799813685249-2251799813685263");
  }

  @Test
  void shouldRaiseAnIncidentAtOnceWithoutTheNoticeVariable() {
    // given
    var input = new NotifyApplicantInput(null);

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.notifyApplicant(Jobs.job(1, 2), input));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .startsWith("Expected a local variable 'notice' {caseId, recipientName, mobile, channel,")
        .endsWith("(an input mapping of the task), but job 3 has none");
  }
}

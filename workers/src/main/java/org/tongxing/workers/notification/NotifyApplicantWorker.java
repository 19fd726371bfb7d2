package org.tongxing.workers.notification;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.notification.NotificationClient;

/**
 * Tells the applicant the outcome of their case and the reasons, by SMS, letter or in-app message
 * (job type {@value #JOB_TYPE}).
 *
 * <p>Reads the local variable {@code notice} {caseId, recipientName, mobile, channel, subject,
 * text, policyClause}. Completes with {@code noticeId} and {@code noticeSentAt}. The idempotency
 * key is the job's process instance and element instance, so a retried job (same element instance)
 * sends once, while the task reached again (a new element instance) sends a new notice.
 *
 * <ul>
 *   <li>the notice is missing or breaks the contract (a malformed mobile, an unknown channel): the
 *       job fails without retries (an incident at once), since the same notice would fail again
 *   <li>the service cannot answer: the job fails with one retry less and a back-off of {@code
 *       tongxing.workers.notify-applicant.retry-backoff} (default 10 s); an incident when none is
 *       left
 * </ul>
 */
@Component
public class NotifyApplicantWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "notify-applicant";

  private final NotificationClient notifications;
  private final Duration retryBackoff;

  public NotifyApplicantWorker(
      NotificationClient notifications,
      @Value("${tongxing.workers.notify-applicant.retry-backoff:10s}") Duration retryBackoff) {
    this.notifications = notifications;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public NotifyApplicantOutput notifyApplicant(
      ActivatedJob job, @VariablesAsType NotifyApplicantInput input) {
    if (input.notice() == null) {
      throw BureauJobErrors.incidentNow(
          new IllegalArgumentException(
              "Expected a local variable 'notice' {caseId, recipientName, mobile, channel,"
                  + " subject, text, policyClause} (an input mapping of the task), but job %d has"
                      .formatted(job.getKey())
                  + " none"));
    }
    try {
      return NotifyApplicantOutput.of(notifications.send(idempotencyKey(job), input.notice()));
    } catch (BureauRequestInvalidException e) {
      throw BureauJobErrors.incidentNow(e);
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff);
    }
  }

  /** The same for every retry of the job: {@code <process instance key>-<element instance key>}. */
  static String idempotencyKey(ActivatedJob job) {
    return job.getProcessInstanceKey() + "-" + job.getElementInstanceKey();
  }
}

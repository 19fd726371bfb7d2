package org.tongxing.app.paths;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Completes {@code notify-applicant} jobs for the path tests while the app has no worker of its
 * own for the shared notification contract (branch shared-bureaus builds it). Tests assert on the
 * {@code notice} each task hands over, never on who sent it, so they pass with either.
 */
final class NotifyApplicantStandIn implements AutoCloseable {

  static final String JOB_TYPE = "notify-applicant";

  private final io.camunda.client.api.worker.JobWorker worker;

  private NotifyApplicantStandIn(io.camunda.client.api.worker.JobWorker worker) {
    this.worker = worker;
  }

  /** Opens the stand-in, or nothing when a bean of the app already works on the job type. */
  static NotifyApplicantStandIn openUnlessTheAppHasOne(
      CamundaClient client, ApplicationContext context) {
    if (appHasWorker(context)) {
      return new NotifyApplicantStandIn(null);
    }
    return new NotifyApplicantStandIn(
        client
            .newWorker()
            .jobType(JOB_TYPE)
            .handler(
                (jobClient, job) ->
                    jobClient
                        .newCompleteCommand(job)
                        .variables(
                            Map.of(
                                "noticeId", "STAND-IN-" + job.getKey(),
                                "noticeSentAt", job.getDeadline()))
                        .send()
                        .join())
            .name("notify-applicant-stand-in")
            .pollInterval(Duration.ofMillis(10))
            .open());
  }

  private static boolean appHasWorker(ApplicationContext context) {
    return Arrays.stream(context.getBeanDefinitionNames())
        .map(context::getType)
        .filter(type -> type != null)
        .map(ClassUtils::getUserClass)
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .map(method -> method.getAnnotation(JobWorker.class))
        .anyMatch(annotation -> annotation != null && JOB_TYPE.equals(annotation.type()));
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.close();
    }
  }
}

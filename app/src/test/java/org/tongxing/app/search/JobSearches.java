package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.response.Job;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /v2/jobs/search} through the official client: what monitoring shows of jobs. */
abstract class JobSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindJobsByStateKindAndFailures() {
    // given a payment job with a start listener before it
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("job-search")
                .startEvent()
                .serviceTask(
                    "pay",
                    t ->
                        t.zeebeJobType("job-search-pay")
                            .zeebeJobRetries("3")
                            .zeebeTaskHeader("bureau", "finance")
                            .zeebeStartExecutionListener("job-search-audit"))
                .endEvent()
                .done(),
            "job-search.bpmn")
        .send()
        .join();
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("job-search")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    ActivatedJob listener = activate("job-search-audit");
    client.newCompleteCommand(listener.getKey()).send().join();

    // when the payment fails once, with retries left
    ActivatedJob payment = activate("job-search-pay");
    client.newFailCommand(payment.getKey()).retries(2).errorMessage("财政支付系统超时").send().join();

    // then the failed payment is found by its state and failure, with the worker's message
    Job failed =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newJobSearchRequest()
                        .filter(
                            f ->
                                f.processInstanceKey(instanceKey)
                                    .state(JobState.FAILED)
                                    .hasFailedWithRetriesLeft(true))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .get(0);
    assertThat(failed.getJobKey()).isEqualTo(payment.getKey());
    assertThat(failed.getType()).isEqualTo("job-search-pay");
    assertThat(failed.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getErrorMessage()).isEqualTo("财政支付系统超时");
    assertThat(failed.getElementId()).isEqualTo("pay");
    assertThat(failed.getCustomerHeaders()).containsEntry("bureau", "finance");
    assertThat(failed.isDenied()).isFalse();
    assertThat(failed.getEndTime()).isNull();

    // and the listener's job by its kind, completed
    List<Job> listeners =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newJobSearchRequest()
                        .filter(
                            f -> f.processInstanceKey(instanceKey).kind(JobKind.EXECUTION_LISTENER))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty() && items.get(0).getState() == JobState.COMPLETED);
    assertThat(listeners)
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.getType()).isEqualTo("job-search-audit");
              assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.START);
              assertThat(job.getState()).isEqualTo(JobState.COMPLETED);
              assertThat(job.getEndTime()).isNotNull();
            });

    // and sorted by type, both jobs of the instance
    assertThat(
            client
                .newJobSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey).isDenied(false))
                .sort(s -> s.type().desc())
                .send()
                .join()
                .items())
        .extracting(Job::getType)
        .containsExactly("job-search-pay", "job-search-audit");
  }

  @Test
  void shouldRefuseAPageLargerThanTheLimitNamingIt() {
    // when / then
    assertThatThrownBy(
            () ->
                client
                    .newJobSearchRequest()
                    .filter(f -> f.retries(r -> r.gt(1)))
                    .page(p -> p.limit(100_000))
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("page.limit");
  }

  private ActivatedJob activate(String type) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newActivateJobsCommand()
                    .jobType(type)
                    .maxJobsToActivate(1)
                    .timeout(Duration.ofMinutes(1))
                    .requestTimeout(Duration.ofSeconds(1))
                    .send()
                    .join()
                    .getJobs(),
            jobs -> !jobs.isEmpty())
        .get(0);
  }
}

package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process instances found by their element instances and incidents, as Camunda 8.8 filters them
 * ({@code elementId}, {@code elementInstanceState}, {@code hasElementInstanceIncident}, {@code
 * errorMessage}): a department's cases from the elements of its tasks, the cases a bureau's failed
 * call holds.
 */
abstract class ElementFilterSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
  private static final AtomicInteger RUNS = new AtomicInteger();

  @Autowired CamundaClient client;

  private String processId;
  private String jobType;
  private long atReview;
  private long atCoReview;
  private long failedCheck;

  /**
   * Three cases of review → co-review → wage check: one at the review, one at the co-review (its
   * review done), one past both whose wage check failed for good.
   */
  @BeforeEach
  void runThreeCases() {
    processId = "element-filter-" + RUNS.incrementAndGet();
    jobType = processId + "-check";
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
                .userTask("coReview", t -> t.zeebeUserTask().zeebeCandidateGroups("hrss"))
                .serviceTask("checkWages", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    atReview = start();
    atCoReview = start();
    failedCheck = start();
    complete(failedCheck, "review");
    complete(failedCheck, "coReview");
    complete(atCoReview, "review");
    ActivatedJob job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType(jobType)
                        .maxJobsToActivate(1)
                        .send()
                        .join()
                        .getJobs(),
                jobs -> !jobs.isEmpty())
            .get(0);
    client
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("人社局社保系统暂时无法访问 (HTTP 503)")
        .send()
        .join();
    await().atMost(VISIBLE_WITHIN).until(() -> !found(f -> f.hasIncident(true), 1).isEmpty());
  }

  @Test
  void shouldFindTheInstancesThatReachedAnElementInAnyState() {
    assertThat(found(f -> f.elementId("review"), 3))
        .containsExactlyInAnyOrder(atReview, atCoReview, failedCheck);
    assertThat(found(f -> f.elementId("coReview"), 2))
        .containsExactlyInAnyOrder(atCoReview, failedCheck);
  }

  @Test
  void shouldFindTheInstancesWhoseElementIsInAState() {
    // an element and a state: the same element instance must be in it
    assertThat(
            found(f -> f.elementId("review").elementInstanceState(ElementInstanceState.ACTIVE), 1))
        .containsExactly(atReview);
    assertThat(
            found(
                f -> f.elementId("review").elementInstanceState(ElementInstanceState.COMPLETED), 2))
        .containsExactlyInAnyOrder(atCoReview, failedCheck);
    assertThat(
            found(
                f ->
                    f.elementId(e -> e.in(List.of("review", "coReview")))
                        .elementInstanceState(ElementInstanceState.ACTIVE),
                2))
        .containsExactlyInAnyOrder(atReview, atCoReview);
  }

  @Test
  void shouldFindTheInstancesOfEitherElementInAlternatives() {
    // a department's cases: review's active ones, or those at the co-review in any state
    assertThat(
            found(
                f ->
                    f.orFilters(
                        List.of(
                            a ->
                                a.elementId("review")
                                    .elementInstanceState(ElementInstanceState.ACTIVE),
                            a ->
                                a.elementId("coReview")
                                    .elementInstanceState(ElementInstanceState.COMPLETED))),
                2))
        .containsExactlyInAnyOrder(atReview, failedCheck);
  }

  @Test
  void shouldFindTheInstancesWithAnIncidentAtAnElementAndByItsMessage() {
    assertThat(found(f -> f.elementId("checkWages").hasElementInstanceIncident(true), 1))
        .containsExactly(failedCheck);
    assertThat(found(f -> f.elementId("review").hasElementInstanceIncident(true), 0)).isEmpty();
    assertThat(found(f -> f.errorMessage(m -> m.like("*社保系统*")), 1)).containsExactly(failedCheck);
    assertThat(found(f -> f.errorMessage(m -> m.like("*财政*")), 0)).isEmpty();
  }

  @Test
  void shouldCountADefinitionsElementsOverTheInstancesAtAnElement() {
    // when counting only the cases whose review is done
    List<ProcessElementStatistics> counts =
        client
            .newProcessDefinitionElementStatisticsRequest(definitionKey())
            .filter(f -> f.elementId("review").elementInstanceState(ElementInstanceState.COMPLETED))
            .send()
            .join();

    // then the one at the review is left out
    assertThat(counts)
        .filteredOn(count -> count.getElementId().equals("review"))
        .singleElement()
        .satisfies(
            review -> {
              assertThat(review.getActive()).isZero();
              assertThat(review.getCompleted()).isEqualTo(2);
            });
  }

  private long definitionKey() {
    return client
        .newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .send()
        .join()
        .items()
        .get(0)
        .getProcessDefinitionKey();
  }

  private long start() {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private void complete(long instance, String elementId) {
    long task =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(
                            f ->
                                f.processInstanceKey(instance)
                                    .elementId(elementId)
                                    .state(UserTaskState.CREATED))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .get(0)
            .getUserTaskKey();
    client.newCompleteUserTaskCommand(task).send().join();
  }

  /** The keys found once the search side shows {@code expected} of them. */
  private List<Long> found(Consumer<ProcessInstanceFilter> filter, int expected) {
    return await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newProcessInstanceSearchRequest()
                    .filter(
                        f -> {
                          f.processDefinitionId(processId);
                          filter.accept(f);
                        })
                    .send()
                    .join()
                    .items()
                    .stream()
                    .map(ProcessInstance::getProcessInstanceKey)
                    .toList(),
            keys -> keys.size() == expected);
  }
}

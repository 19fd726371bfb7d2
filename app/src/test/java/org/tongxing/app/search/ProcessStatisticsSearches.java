package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstanceSequenceFlow;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counts a diagram shows, through the official client: per element of a definition (all
 * instances, or those a filter picks) and of one instance, and the sequence flows it took.
 */
abstract class ProcessStatisticsSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  /** A process of its own for each test, so that no test counts another's instances. */
  private static final java.util.concurrent.atomic.AtomicInteger RUNS =
      new java.util.concurrent.atomic.AtomicInteger();

  private String processId;
  private long definitionKey;
  private long approved;
  private long rejected;
  private long broken;
  private long canceled;

  /** Four cases: one waits for review, one was rejected, one hit an incident, one canceled. */
  @BeforeEach
  void runFourCases() {
    processId = "stats-review-" + RUNS.incrementAndGet();
    definitionKey =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess(processId)
                    .startEvent("apply")
                    .sequenceFlowId("toCheck")
                    .serviceTask("check", t -> t.zeebeJobType("stats-check").zeebeJobRetries("1"))
                    .sequenceFlowId("toDecide")
                    .exclusiveGateway("decide")
                    .sequenceFlowId("eligible")
                    .conditionExpression("= eligible")
                    .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
                    .endEvent("done")
                    .moveToLastExclusiveGateway()
                    .sequenceFlowId("ineligible")
                    .conditionExpression("= not(eligible)")
                    .endEvent("rejected")
                    .done(),
                processId + ".bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();
    approved = start();
    rejected = start();
    broken = start();
    canceled = start();
    Map<Long, ActivatedJob> jobs = checkJobs();
    complete(jobs.get(approved), Map.of("eligible", true));
    complete(jobs.get(rejected), Map.of("eligible", false));
    client
        .newFailCommand(jobs.get(broken).getKey())
        .retries(0)
        .errorMessage("残疾人证系统不可用")
        .send()
        .join();
    client.newCancelInstanceCommand(canceled).send().join();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                        .newProcessInstanceSearchRequest()
                        .filter(
                            f ->
                                f.processDefinitionKey(definitionKey)
                                    .state(ProcessInstanceState.ACTIVE))
                        .send()
                        .join()
                        .items()
                        .size()
                    == 2);
  }

  @Test
  void shouldCountEachElementOverAllInstancesOfTheDefinition() {
    // when
    Map<String, ProcessElementStatistics> counts =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    byElement(
                        client
                            .newProcessDefinitionElementStatisticsRequest(definitionKey)
                            .send()
                            .join()),
                byElement ->
                    byElement.containsKey("review")
                        && byElement.get("check").getIncidents() == 1
                        && byElement.get("check").getCanceled() == 1);

    // then
    assertCounts(counts.get("apply"), 0, 4, 0, 0);
    assertCounts(counts.get("check"), 0, 2, 1, 1);
    assertCounts(counts.get("decide"), 0, 2, 0, 0);
    assertCounts(counts.get("review"), 1, 0, 0, 0);
    assertCounts(counts.get("rejected"), 0, 1, 0, 0);
    assertThat(counts).doesNotContainKeys(processId, "done");
  }

  @Test
  void shouldCountOnlyTheInstancesTheFilterPicks() {
    // when only the instances still running are counted
    Map<String, ProcessElementStatistics> counts =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    byElement(
                        client
                            .newProcessDefinitionElementStatisticsRequest(definitionKey)
                            .filter(f -> f.state(ProcessInstanceState.ACTIVE))
                            .send()
                            .join()),
                byElement ->
                    byElement.containsKey("review")
                        && byElement.containsKey("check")
                        && byElement.get("check").getIncidents() == 1);

    // then the one waiting for review and the broken one
    assertCounts(counts.get("apply"), 0, 2, 0, 0);
    assertCounts(counts.get("check"), 0, 1, 0, 1);
    assertCounts(counts.get("review"), 1, 0, 0, 0);
    assertThat(counts).doesNotContainKey("rejected");
  }

  @Test
  void shouldCountTheElementsOfOneInstanceAndTheFlowsItTook() {
    // when
    Map<String, ProcessElementStatistics> counts =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    byElement(
                        client.newProcessInstanceElementStatisticsRequest(rejected).send().join()),
                byElement -> byElement.containsKey("rejected"));
    List<ProcessInstanceSequenceFlow> flows =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () -> client.newProcessInstanceSequenceFlowsRequest(rejected).send().join(),
                taken -> taken.size() == 3);

    // then
    assertThat(counts.keySet()).containsExactlyInAnyOrder("apply", "check", "decide", "rejected");
    assertCounts(counts.get("rejected"), 0, 1, 0, 0);
    assertThat(flows)
        .extracting(ProcessInstanceSequenceFlow::getElementId)
        .containsExactly("ineligible", "toCheck", "toDecide");
    assertThat(flows.get(0).getProcessInstanceKey()).isEqualTo(String.valueOf(rejected));
    assertThat(flows.get(0).getProcessDefinitionId()).isEqualTo(processId);
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownInstanceOrDefinition() {
    // when / then
    assertThatThrownBy(() -> client.newProcessInstanceSequenceFlowsRequest(1L).send().join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("404");
    assertThatThrownBy(() -> client.newProcessDefinitionElementStatisticsRequest(1L).send().join())
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("404");
  }

  private static Map<String, ProcessElementStatistics> byElement(
      List<ProcessElementStatistics> statistics) {
    return statistics.stream()
        .collect(Collectors.toMap(ProcessElementStatistics::getElementId, Function.identity()));
  }

  private static void assertCounts(
      ProcessElementStatistics counts, long active, long completed, long canceled, long incidents) {
    assertThat(counts).as("counts").isNotNull();
    assertThat(
            List.of(
                counts.getActive(),
                counts.getCompleted(),
                counts.getCanceled(),
                counts.getIncidents()))
        .as(counts.getElementId() + ": active, completed, canceled," + " incidents")
        .containsExactly(active, completed, canceled, incidents);
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

  private void complete(ActivatedJob job, Map<String, Object> variables) {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
  }

  /** The check jobs of the four cases, by process instance. */
  private Map<Long, ActivatedJob> checkJobs() {
    Map<Long, ActivatedJob> jobs = new java.util.HashMap<>();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () -> {
              client
                  .newActivateJobsCommand()
                  .jobType("stats-check")
                  .maxJobsToActivate(4 - jobs.size())
                  .timeout(Duration.ofMinutes(1))
                  .requestTimeout(Duration.ofSeconds(1))
                  .send()
                  .join()
                  .getJobs()
                  .forEach(job -> jobs.put(job.getProcessInstanceKey(), job));
              return jobs.size() == 4;
            });
    return jobs;
  }
}

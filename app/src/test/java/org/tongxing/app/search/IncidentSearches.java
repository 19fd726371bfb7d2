package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Incidents a supervisor looks for, and the instances stuck on them, through the client. */
abstract class IncidentSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindAnIncidentAndItsInstanceUntilItIsResolved() {
    // given a bureau call that failed for good
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("inc-case")
                .startEvent()
                .serviceTask("check", t -> t.zeebeJobType("inc-check").zeebeJobRetries("1"))
                .endEvent()
                .done(),
            "inc-case.bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("inc-case")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    var job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType("inc-check")
                        .maxJobsToActivate(1)
                        .send()
                        .join()
                        .getJobs(),
                j -> !j.isEmpty())
            .get(0);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("残疾人证系统不可用").send().join();

    // when
    List<Incident> incidents =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newIncidentSearchRequest()
                        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1);

    // then the incident names the job and its error; the instance shows it has one
    Incident incident = incidents.get(0);
    assertThat(incident.getJobKey()).isEqualTo(job.getKey());
    assertThat(incident.getErrorMessage()).isEqualTo("残疾人证系统不可用");
    assertThat(incident.getElementId()).isEqualTo("check");
    assertThat(
            client
                .newIncidentGetRequest(incident.getIncidentKey())
                .send()
                .join()
                .getProcessInstanceKey())
        .isEqualTo(instance);
    assertThat(
            await()
                .atMost(VISIBLE_WITHIN)
                .until(
                    () ->
                        client
                            .newProcessInstanceSearchRequest()
                            .filter(f -> f.processDefinitionId("inc-case").hasIncident(true))
                            .send()
                            .join()
                            .items(),
                    items -> items.size() == 1)
                .get(0)
                .getProcessInstanceKey())
        .isEqualTo(instance);

    // and once resolved, neither
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                        .newIncidentSearchRequest()
                        .filter(f -> f.processInstanceKey(instance).state(IncidentState.RESOLVED))
                        .send()
                        .join()
                        .items()
                        .size()
                    == 1);
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                client
                        .newProcessInstanceSearchRequest()
                        .filter(
                            f ->
                                f.processDefinitionId("inc-case")
                                    .hasIncident(false)
                                    .state(ProcessInstanceState.ACTIVE))
                        .send()
                        .join()
                        .items()
                        .size()
                    == 1);
  }

  @Test
  void shouldSortAndFilterIncidentsByTheirCreationTime() {
    // given two failed calls: the first fails on 2 March, the second on 1 March (pinned clock)
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("inc-time")
                .startEvent()
                .serviceTask("check", t -> t.zeebeJobType("inc-time-check"))
                .endEvent()
                .done(),
            "inc-time.bpmn")
        .send()
        .join();
    java.time.Instant second = java.time.Instant.parse("2030-03-02T01:00:00Z");
    java.time.Instant first = java.time.Instant.parse("2030-03-01T01:00:00Z");
    long later;
    long earlier;
    try {
      later = failAt(second);
      earlier = failAt(first);
    } finally {
      client.newResetClockCommand().send().join();
    }

    // when sorted by creation time, oldest first: the second incident (by key) comes first
    List<Long> byTime =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newIncidentSearchRequest()
                        .filter(f -> f.processDefinitionId("inc-time"))
                        .sort(s -> s.creationTime().asc())
                        .send()
                        .join()
                        .items()
                        .stream()
                        .map(Incident::getProcessInstanceKey)
                        .toList(),
                keys -> keys.size() == 2);

    // then
    assertThat(byTime).containsExactly(earlier, later);
    assertThat(
            client
                .newIncidentSearchRequest()
                .filter(
                    f ->
                        f.processDefinitionId("inc-time")
                            .creationTime(
                                t -> t.gte(java.time.OffsetDateTime.parse("2030-03-02T00:00:00Z"))))
                .send()
                .join()
                .items())
        .extracting(Incident::getProcessInstanceKey)
        .containsExactly(later);
  }

  /** Starts a case at the clock's moment and fails its call for good; its instance key. */
  private long failAt(java.time.Instant moment) {
    client.newPinClockCommand().time(moment).send().join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("inc-time")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();
    var job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType("inc-time-check")
                        .maxJobsToActivate(1)
                        .send()
                        .join()
                        .getJobs(),
                j -> !j.isEmpty())
            .get(0);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("核验系统不可用").send().join();
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () ->
                !client
                    .newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instance))
                    .send()
                    .join()
                    .items()
                    .isEmpty());
    return instance;
  }
}

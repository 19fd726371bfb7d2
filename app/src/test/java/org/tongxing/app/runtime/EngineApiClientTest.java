package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * The embedded runtime's REST API driven by the official client: messages, cancellation, job
 * failure and incidents, variables, the clock.
 */
@TongxingAppTest
class EngineApiClientTest {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @AfterEach
  void releaseTheClock() {
    client.newResetClockCommand().send().join();
  }

  private void deploy(BpmnModelInstance model, String processId) {
    client.newDeployResourceCommand().addProcessModel(model, processId + ".bpmn").send().join();
  }

  private long start(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private void awaitState(long instanceKey, ProcessInstanceState state) {
    await()
        .atMost(VISIBLE_WITHIN)
        .until(
            () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
            actual -> actual == state);
  }

  private List<ActivatedJob> activate(String type) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(5)
        .timeout(Duration.ofMinutes(1))
        .requestTimeout(Duration.ofSeconds(2))
        .send()
        .join()
        .getJobs();
  }

  @Test
  void shouldDeployMoreResourcesAtOnceThanTomcatAllowsPartsByDefault() {
    // given 60 processes, more than Tomcat's default of 50 parts in one multipart request
    var command =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess("many-0").startEvent().endEvent().done(),
                "many-0.bpmn");
    for (int i = 1; i < 60; i++) {
      command =
          command.addProcessModel(
              Bpmn.createExecutableProcess("many-" + i).startEvent().endEvent().done(),
              "many-" + i + ".bpmn");
    }

    // when
    var deployment = command.send().join();

    // then
    assertThat(deployment.getProcesses()).hasSize(60);
  }

  @Test
  void shouldAnswerTheXmlOfADeployedProcess() {
    // given
    String processId = "xml-of-a-process";
    long definitionKey =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess(processId).startEvent().endEvent().done(),
                processId + ".bpmn")
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();

    // when the client asks as it does for everything: Accept: application/json
    String xml =
        await()
            .atMost(VISIBLE_WITHIN)
            .ignoreExceptions()
            .until(
                () -> client.newProcessDefinitionGetXmlRequest(definitionKey).send().join(),
                answer -> answer != null);

    // then
    assertThat(xml).startsWith("<?xml").contains("id=\"" + processId + "\"");
  }

  @Test
  void shouldPublishAndCorrelateMessages() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-message")
            .startEvent()
            .intermediateCatchEvent(
                "corrected",
                e ->
                    e.message(
                        m ->
                            m.name("api-corrected").zeebeCorrelationKeyExpression("applicationId")))
            .receiveTask("paid")
            .message(m -> m.name("api-paid").zeebeCorrelationKeyExpression("applicationId"))
            .endEvent()
            .done(),
        "api-message");
    long instanceKey = start("api-message", Map.of("applicationId", "API-1"));

    // when
    client
        .newPublishMessageCommand()
        .messageName("api-corrected")
        .correlationKey("API-1")
        .variables(Map.of("corrected", true))
        .send()
        .join();
    var correlated =
        await()
            .atMost(VISIBLE_WITHIN)
            .ignoreExceptions()
            .until(
                () ->
                    client
                        .newCorrelateMessageCommand()
                        .messageName("api-paid")
                        .correlationKey("API-1")
                        .send()
                        .join(),
                result -> result != null);

    // then
    assertThat(correlated.getProcessInstanceKey()).isEqualTo(instanceKey);
    awaitState(instanceKey, ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRefuseCorrelatingAMessageNobodyWaitsFor() {
    assertThatThrownBy(
            () ->
                client
                    .newCorrelateMessageCommand()
                    .messageName("nobody-waits")
                    .correlationKey("x")
                    .send()
                    .join())
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
  }

  @Test
  void shouldCancelAnInstance() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-cancel")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("api-cancel-work"))
            .endEvent()
            .done(),
        "api-cancel");
    long instanceKey = start("api-cancel", Map.of());

    // when
    client.newCancelInstanceCommand(instanceKey).send().join();

    // then
    awaitState(instanceKey, ProcessInstanceState.TERMINATED);
    assertThat(activate("api-cancel-work")).isEmpty();
  }

  @Test
  void shouldRaiseAnIncidentWhenRetriesRunOutAndResolveIt() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-incident")
            .startEvent()
            .serviceTask("pay", t -> t.zeebeJobType("api-incident-pay").zeebeJobRetries("1"))
            .endEvent()
            .done(),
        "api-incident");
    long instanceKey = start("api-incident", Map.of());
    ActivatedJob job = activate("api-incident-pay").get(0);

    // when the worker gives up
    client.newFailCommand(job.getKey()).retries(0).errorMessage("财政支付系统不可用").send().join();

    // then an incident names the failure
    Incident incident =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newIncidentSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty())
            .get(0);
    assertThat(incident.getErrorMessage()).isEqualTo("财政支付系统不可用");
    assertThat(incident.getState()).isEqualTo(IncidentState.ACTIVE);

    // when the operator raises the retries and resolves it
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    ActivatedJob again = activate("api-incident-pay").get(0);
    client.newCompleteCommand(again.getKey()).send().join();

    // then
    awaitState(instanceKey, ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldSetVariablesOnAnInstance() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-variables")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("api-variables-work"))
            .endEvent()
            .done(),
        "api-variables");
    long instanceKey = start("api-variables", Map.of("amount", 1000));

    // when
    client.newSetVariablesCommand(instanceKey).variables(Map.of("amount", 2400)).send().join();

    // then the job sees the new value
    ActivatedJob job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-variables-work"), jobs -> !jobs.isEmpty())
            .get(0);
    assertThat(job.getVariablesAsMap()).containsEntry("amount", 2400);
  }

  private static final String AMOUNT_DMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="api-grant"
          name="助学补助" namespace="http://tongxing.org/dmn">
        <decision id="api-grant-amount" name="助学补助金额">
          <decisionTable id="table" hitPolicy="UNIQUE">
            <input id="level"><inputExpression id="e" typeRef="string"><text>schoolLevel</text></inputExpression></input>
            <output id="amount" name="amount" typeRef="number"/>
            <rule id="secondary"><inputEntry id="i1"><text>"secondary"</text></inputEntry><outputEntry id="o1"><text>2000</text></outputEntry></rule>
            <rule id="college"><inputEntry id="i2"><text>"college"</text></inputEntry><outputEntry id="o2"><text>3000</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Test
  void shouldDeployAndEvaluateDecisions() {
    // given
    var deployment =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(AMOUNT_DMN, "api-grant.dmn")
            .send()
            .join();
    deploy(
        Bpmn.createExecutableProcess("api-grant")
            .startEvent()
            .businessRuleTask(
                "amount",
                t -> t.zeebeCalledDecisionId("api-grant-amount").zeebeResultVariable("grant"))
            .serviceTask("pay", t -> t.zeebeJobType("api-grant-pay"))
            .endEvent()
            .done(),
        "api-grant");

    // when
    var evaluated =
        client
            .newEvaluateDecisionCommand()
            .decisionId("api-grant-amount")
            .variables(Map.of("schoolLevel", "college"))
            .send()
            .join();
    start("api-grant", Map.of("schoolLevel", "secondary"));

    // then
    assertThat(deployment.getDecisions())
        .singleElement()
        .satisfies(d -> assertThat(d.getDmnDecisionId()).isEqualTo("api-grant-amount"));
    assertThat(evaluated.getDecisionOutput()).isEqualTo("3000");
    ActivatedJob job =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-grant-pay"), jobs -> !jobs.isEmpty())
            .get(0);
    assertThat(job.getVariablesAsMap()).containsEntry("grant", 2000);
  }

  @Test
  void shouldMoveACaseBackToAnEarlierStep() {
    // given the case is at the second step
    deploy(
        Bpmn.createExecutableProcess("api-modify")
            .startEvent()
            .serviceTask("first", t -> t.zeebeJobType("api-modify-first"))
            .serviceTask("second", t -> t.zeebeJobType("api-modify-second"))
            .endEvent()
            .done(),
        "api-modify");
    long instanceKey = start("api-modify", Map.of());
    client.newCompleteCommand(activate("api-modify-first").get(0).getKey()).send().join();
    ActivatedJob second =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-modify-second"), jobs -> !jobs.isEmpty())
            .get(0);

    // when it is sent back with a reason
    client
        .newModifyProcessInstanceCommand(instanceKey)
        .activateElement("first")
        .withVariables(Map.of("returnReason", "材料不全"))
        .and()
        .terminateElement(second.getElementInstanceKey())
        .send()
        .join();

    // then the first step's job is there again, with the reason
    ActivatedJob again =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(() -> activate("api-modify-first"), jobs -> !jobs.isEmpty())
            .get(0);
    assertThat(again.getVariablesAsMap()).containsEntry("returnReason", "材料不全");
  }

  @Test
  void shouldUpdateAUserTaskAndFindItByItsNewCandidateGroup() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-update-task")
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .endEvent()
            .done(),
        "api-update-task");
    long instanceKey = start("api-update-task", Map.of());
    var task =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty())
            .get(0);

    // when the task is handed to HRSS with a due date
    client
        .newUpdateUserTaskCommand(task.getUserTaskKey())
        .candidateGroups("hrss")
        .priority(80)
        .dueDate("2026-12-31T17:00:00+08:00")
        .send()
        .join();

    // then
    var updated =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.candidateGroup("hrss").processInstanceKey(instanceKey))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty())
            .get(0);
    assertThat(updated.getPriority()).isEqualTo(80);
    assertThat(updated.getDueDate()).isEqualTo("2026-12-31T09:00Z");
    assertThat(
            client
                .newUserTaskSearchRequest()
                .filter(f -> f.candidateGroup("dpf").processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .isEmpty();
  }

  @Test
  void shouldStartAnInstanceAtAGivenElement() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-start-at")
            .startEvent()
            .serviceTask("first", t -> t.zeebeJobType("api-start-at-first"))
            .serviceTask("second", t -> t.zeebeJobType("api-start-at-second"))
            .endEvent()
            .done(),
        "api-start-at");

    // when
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("api-start-at")
        .latestVersion()
        .startBeforeElement("second")
        .send()
        .join();

    // then
    assertThat(activate("api-start-at-second")).hasSize(1);
    assertThat(activate("api-start-at-first")).isEmpty();
  }

  @Test
  void shouldAwaitTheResultOfAnInstance() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-await")
            .startEvent()
            .scriptTask(
                "total",
                t ->
                    t.zeebeExpression("count(employees) * 2 * minimumWage")
                        .zeebeResultVariable("subsidy"))
            .endEvent()
            .done(),
        "api-await");

    // when
    var result =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("api-await")
            .latestVersion()
            .variables(Map.of("employees", List.of("陈建国", "林晓燕"), "minimumWage", 2280))
            .withResult()
            .fetchVariables("subsidy")
            .send()
            .join();

    // then
    assertThat(result.getVariablesAsMap())
        .containsOnlyKeys("subsidy")
        .containsEntry("subsidy", 9120);
  }

  @Test
  void shouldGiveUpAwaitingAnInstanceAfterTheRequestTimeout() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-await-timeout")
            .startEvent()
            .serviceTask("never", t -> t.zeebeJobType("api-await-never"))
            .endEvent()
            .done(),
        "api-await-timeout");

    // when / then
    assertThatThrownBy(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId("api-await-timeout")
                    .latestVersion()
                    .withResult()
                    .requestTimeout(Duration.ofMillis(500))
                    .send()
                    .join())
        .isInstanceOf(io.camunda.client.api.command.ClientException.class);
  }

  @Test
  void shouldBroadcastASignal() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-signal")
            .startEvent()
            .intermediateCatchEvent("closed", e -> e.signal("api-year-closed"))
            .endEvent()
            .done(),
        "api-signal");
    long instanceKey = start("api-signal", Map.of());

    // when: the subscription is open once the instance is visible
    await()
        .atMost(VISIBLE_WITHIN)
        .ignoreExceptions()
        .until(() -> client.newProcessInstanceGetRequest(instanceKey).send().join() != null);
    var broadcast = client.newBroadcastSignalCommand().signalName("api-year-closed").send().join();

    // then
    assertThat(broadcast.getKey()).isPositive();
    awaitState(instanceKey, ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldFireATimerWhenTheClockIsPinnedPastIt() {
    // given
    deploy(
        Bpmn.createExecutableProcess("api-timer")
            .startEvent()
            .intermediateCatchEvent("wait", e -> e.timerWithDuration("P60D"))
            .endEvent()
            .done(),
        "api-timer");
    long instanceKey = start("api-timer", Map.of());

    // when sixty-one days pass
    client.newPinClockCommand().time(Instant.now().plus(Duration.ofDays(61))).send().join();

    // then
    awaitState(instanceKey, ProcessInstanceState.COMPLETED);
  }
}

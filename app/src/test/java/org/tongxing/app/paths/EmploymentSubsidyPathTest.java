package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy item 1.4, first cut, end to end through the official client: an employer applies, the
 * worker checks each certificate with the bureau sandbox, the DPF reviews, and the instance ends
 * approved or rejected.
 */
@TongxingAppTest
class EmploymentSubsidyPathTest {

  private static final String PROCESS_ID = "employment-subsidy";
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldDeployTheProcessAgainAsADuplicate() {
    // given the app deployed workflows/ at start-up

    // when
    DeploymentEvent deployment = client.newDeployResourceCommand()
        .addResourceFromClasspath("workflows/employment-subsidy.bpmn")
        .send().join();

    // then
    assertThat(deployment.getProcesses()).singleElement().satisfies(process -> {
      assertThat(process.getBpmnProcessId()).isEqualTo(PROCESS_ID);
      assertThat(process.getVersion()).isEqualTo(1);
    });
  }

  @Test
  void shouldApproveAfterTheWorkerCheckedTheCertificates() {
    // given
    long instanceKey = startApplication();

    // when
    UserTask task = awaitReviewTask(instanceKey);
    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("dpf-zhang").send().join();
    await().atMost(VISIBLE_WITHIN).until(() -> "dpf-zhang".equals(
        client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getAssignee()));
    client.newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("decision", "approve", "reviewComment", "材料齐全，同意补贴"))
        .send().join();

    // then
    awaitCompleted(instanceKey);
    assertThat(completedEndEvents(instanceKey)).containsExactly("EndEvent_Approved");
    Map<String, String> variables = variables(instanceKey);
    assertThat(variables)
        .containsEntry("decision", "\"approve\"")
        .containsEntry("reviewComment", "\"材料齐全，同意补贴\"")
        .containsEntry("validCertificateCount", "1")
        .containsEntry("allCertificatesValid", "false");
    assertThat(variables.get("certificateChecks"))
        .contains("\"valid\":true")
        .contains("证件已过期");
  }

  @Test
  void shouldRejectOnTheDefaultFlow() {
    // given
    long instanceKey = startApplication();
    UserTask task = awaitReviewTask(instanceKey);

    // when
    client.newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("decision", "reject", "reviewComment", "残疾人证已过期"))
        .send().join();

    // then
    awaitCompleted(instanceKey);
    assertThat(completedEndEvents(instanceKey)).containsExactly("EndEvent_Rejected");
  }

  private long startApplication() {
    return client.newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of(
            "applicationId", "JY-2026-0001",
            "employer", Map.of("name", "温州同行制衣有限公司",
                "unifiedSocialCreditCode", "91330302MA2AXXXX0X", "type", "enterprise",
                "county", "鹿城区"),
            "year", 2025,
            "employees", List.of(
                Map.of("name", "陈建国", "idNumber", "330302197804152112",
                    "certificateNumber", "33030219780415211242"),
                Map.of("name", "钱伟", "idNumber", "330304198209223913",
                    "certificateNumber", "33030419820922391342"))))
        .send().join()
        .getProcessInstanceKey();
  }

  private UserTask awaitReviewTask(long instanceKey) {
    return await().atMost(VISIBLE_WITHIN).until(
        () -> client.newUserTaskSearchRequest()
            .filter(f -> f.candidateGroup("dpf").processInstanceKey(instanceKey)
                .state(UserTaskState.CREATED))
            .send().join().items(),
        items -> items.size() == 1).get(0);
  }

  private void awaitCompleted(long instanceKey) {
    await().atMost(VISIBLE_WITHIN).until(
        () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
        state -> state == ProcessInstanceState.COMPLETED);
  }

  private List<String> completedEndEvents(long instanceKey) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey).type(ElementInstanceType.END_EVENT)
            .state(ElementInstanceState.COMPLETED))
        .send().join().items().stream()
        .map(ElementInstance::getElementId)
        .toList();
  }

  private Map<String, String> variables(long instanceKey) {
    return client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey))
        .send().join().items().stream()
        .filter(v -> v.getScopeKey() == instanceKey)
        .collect(Collectors.toMap(Variable::getName, Variable::getValue));
  }
}

package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/** Execution listener jobs through the real client: their kind, event type and limits. */
@TongxingAppTest
class ExecutionListenerApiTest {

  @Autowired CamundaClient client;

  @Test
  void shouldHandExecutionListenerJobsToWorkersWithTheirKindAndEventType() {
    // given
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("api-listeners")
                .startEvent()
                .serviceTask(
                    "work",
                    t ->
                        t.zeebeJobType("api-listeners-work")
                            .zeebeStartExecutionListener("api-listeners-before")
                            .zeebeEndExecutionListener("api-listeners-after"))
                .endEvent()
                .done(),
            "api-listeners.bpmn")
        .send()
        .join();
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("api-listeners")
            .latestVersion()
            .send()
            .join()
            .getProcessInstanceKey();

    // when - then the start listener comes first, and cannot throw a BPMN error
    ActivatedJob before = activate("api-listeners-before").get(0);
    assertThat(before.getKind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(before.getListenerEventType()).isEqualTo(ListenerEventType.START);
    assertThatThrownBy(
            () -> client.newThrowErrorCommand(before.getKey()).errorCode("X").send().join())
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(409));
    client.newCompleteCommand(before.getKey()).variables(Map.of("checked", true)).send().join();

    ActivatedJob work = activate("api-listeners-work").get(0);
    assertThat(work.getKind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(work.getVariablesAsMap()).containsEntry("checked", true);
    client.newCompleteCommand(work.getKey()).send().join();

    ActivatedJob after = activate("api-listeners-after").get(0);
    assertThat(after.getListenerEventType()).isEqualTo(ListenerEventType.END);
    client.newCompleteCommand(after.getKey()).send().join();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> client.newProcessInstanceGetRequest(instanceKey).send().join().getState(),
            state -> state == ProcessInstanceState.COMPLETED);
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
}

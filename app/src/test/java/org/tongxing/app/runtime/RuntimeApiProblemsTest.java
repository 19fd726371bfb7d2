package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/** Wrong input to the embedded runtime gets a clear problem, through the real client. */
@TongxingAppTest
class RuntimeApiProblemsTest {

  @Autowired CamundaClient client;

  @Test
  void shouldRefuseAnInstanceOfAnUnknownProcess() {
    assertThatThrownBy(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId("no-such-process")
                    .latestVersion()
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo(404);
              org.assertj.core.api.Assertions.assertThat(problem.details().getDetail())
                  .contains("no-such-process");
            });
  }

  @Test
  void shouldRefuseMalformedBpmnNamingTheProblem() {
    byte[] malformed = "<definitions><process id=\"broken\"".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                client
                    .newDeployResourceCommand()
                    .addResourceBytes(malformed, "broken.bpmn")
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo(400);
              org.assertj.core.api.Assertions.assertThat(problem.details().getDetail())
                  .contains("broken.bpmn")
                  .contains("could not be parsed");
            });
  }

  @Test
  void shouldRefuseAnInvalidConditionNamingTheElement() {
    String bpmn =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("bad-condition")
                .startEvent()
                .exclusiveGateway("Gateway_Check")
                .sequenceFlowId("Flow_Broken")
                .conditionExpression("= amount >>> 3")
                .endEvent()
                .moveToLastExclusiveGateway()
                .defaultFlow()
                .endEvent()
                .done());

    assertThatThrownBy(
            () ->
                client
                    .newDeployResourceCommand()
                    .addResourceStringUtf8(bpmn, "bad-condition.bpmn")
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo(400);
              org.assertj.core.api.Assertions.assertThat(problem.details().getDetail())
                  .contains("Flow_Broken")
                  .contains("amount >>> 3");
            });
    // nothing half-done: the process was not deployed
    assertThatThrownBy(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId("bad-condition")
                    .latestVersion()
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void shouldRefuseAnOversizedPayloadNamingTheLimit() {
    String huge = "x".repeat(5 * 1024 * 1024);

    assertThatThrownBy(
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId("employment-subsidy")
                    .latestVersion()
                    .variables(java.util.Map.of("attachment", huge))
                    .send()
                    .join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e -> {
              ProblemException problem = (ProblemException) e;
              org.assertj.core.api.Assertions.assertThat(problem.code()).isEqualTo(413);
              org.assertj.core.api.Assertions.assertThat(problem.details().getDetail())
                  .contains("4194304");
            });
  }

  @Test
  void shouldRefuseCompletingAnUnknownJob() {
    assertThatThrownBy(() -> client.newCompleteCommand(123L).send().join())
        .isInstanceOf(ProblemException.class)
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((ProblemException) e).code())
                    .isEqualTo(404));
  }
}

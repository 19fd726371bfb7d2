package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's variables, through the official client; values are JSON. */
abstract class VariableSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  @Autowired CamundaClient client;

  @Test
  void shouldFindACasesVariablesByNameAndTheirLatestValues() {
    // given a case whose amount is corrected
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("var-case")
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask())
                .endEvent()
                .done(),
            "var-case.bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("var-case")
            .latestVersion()
            .variables(Map.of("applicantName", "陈建国", "amount", 3000))
            .send()
            .join()
            .getProcessInstanceKey();
    client.newSetVariablesCommand(instance).variables(Map.of("amount", 4500)).send().join();

    // when
    List<Variable> variables =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newVariableSearchRequest()
                        .filter(f -> f.processInstanceKey(instance))
                        .sort(s -> s.name().asc())
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 2 && items.get(0).getValue().equals("4500"));
    List<Variable> byName =
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instance).name("applicantName"))
            .send()
            .join()
            .items();

    // then
    assertThat(variables).extracting(Variable::getName).containsExactly("amount", "applicantName");
    assertThat(byName)
        .singleElement()
        .satisfies(
            variable -> {
              assertThat(variable.getValue()).isEqualTo("\"陈建国\"");
              assertThat(variable.getScopeKey()).isEqualTo(instance);
            });
    assertThat(
            client.newVariableGetRequest(byName.get(0).getVariableKey()).send().join().getValue())
        .isEqualTo("\"陈建国\"");
  }
}

package org.tongxing.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.DecisionDefinitionType;
import io.camunda.client.api.search.response.DecisionInstance;
import io.camunda.client.api.search.response.DecisionInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /v2/decision-instances/search} and {@code GET /v2/decision-instances/{id}} through
 * the official client: which amount a decision table gave a case, and why.
 */
abstract class DecisionInstanceSearches {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  private static final String GRANT_DMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="di-grant"
          name="助学补助" namespace="http://tongxing.org/dmn">
        <decision id="di-grant-amount" name="助学补助金额">
          <decisionTable id="table" hitPolicy="UNIQUE">
            <input id="level" label="学段"><inputExpression id="e" typeRef="string"><text>schoolLevel</text></inputExpression></input>
            <output id="amount" name="amount" typeRef="number"/>
            <rule id="secondary"><inputEntry id="i1"><text>"secondary"</text></inputEntry><outputEntry id="o1"><text>2000</text></outputEntry></rule>
            <rule id="college"><inputEntry id="i2"><text>"college"</text></inputEntry><outputEntry id="o2"><text>3000</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Autowired CamundaClient client;

  @Test
  void shouldFindTheEvaluationsOfACaseWithTheirInputsAndMatchedRules() {
    // given a case whose business rule task looks up the grant, and one evaluation on request
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(GRANT_DMN, "di-grant.dmn")
        .send()
        .join();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("di-grant")
                .startEvent()
                .businessRuleTask(
                    "amount",
                    t -> t.zeebeCalledDecisionId("di-grant-amount").zeebeResultVariable("grant"))
                .endEvent()
                .done(),
            "di-grant.bpmn")
        .send()
        .join();
    long instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("di-grant")
            .latestVersion()
            .variables(Map.of("schoolLevel", "college"))
            .send()
            .join()
            .getProcessInstanceKey();
    client
        .newEvaluateDecisionCommand()
        .decisionId("di-grant-amount")
        .variables(Map.of("schoolLevel", "secondary"))
        .send()
        .join();

    // when
    List<DecisionInstance> ofCase =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newDecisionInstanceSearchRequest()
                        .filter(f -> f.processInstanceKey(instanceKey))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1);
    List<DecisionInstance> all =
        await()
            .atMost(VISIBLE_WITHIN)
            .until(
                () ->
                    client
                        .newDecisionInstanceSearchRequest()
                        .filter(
                            f ->
                                f.decisionDefinitionId("di-grant-amount")
                                    .state(DecisionInstanceState.EVALUATED))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 2);

    // then the case's evaluation names its decision and result
    DecisionInstance evaluation = ofCase.get(0);
    assertThat(evaluation.getDecisionDefinitionName()).isEqualTo("助学补助金额");
    assertThat(evaluation.getDecisionDefinitionType())
        .isEqualTo(DecisionDefinitionType.DECISION_TABLE);
    assertThat(evaluation.getResult()).isEqualTo("3000");
    assertThat(evaluation.getState()).isEqualTo(DecisionInstanceState.EVALUATED);
    assertThat(all)
        .extracting(DecisionInstance::getProcessInstanceKey)
        .containsExactlyInAnyOrder(instanceKey, -1L);

    // and fetched alone, it shows what went in and which rule matched
    DecisionInstance detail =
        client.newDecisionInstanceGetRequest(evaluation.getDecisionInstanceId()).send().join();
    assertThat(detail.getEvaluatedInputs())
        .singleElement()
        .satisfies(
            input -> {
              assertThat(input.getInputId()).isEqualTo("level");
              assertThat(input.getInputValue()).isEqualTo("\"college\"");
            });
    assertThat(detail.getMatchedRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.getRuleId()).isEqualTo("college");
              assertThat(rule.getRuleIndex()).isEqualTo(2);
              assertThat(rule.getEvaluatedOutputs())
                  .singleElement()
                  .satisfies(output -> assertThat(output.getOutputValue()).isEqualTo("3000"));
            });
  }
}

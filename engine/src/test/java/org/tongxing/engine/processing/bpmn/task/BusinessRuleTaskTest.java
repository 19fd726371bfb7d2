package org.tongxing.engine.processing.bpmn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.DecisionEvaluated;
import org.tongxing.engine.api.DeploymentResult;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.record.DecisionEvaluationIntent;
import org.tongxing.engine.record.DecisionEvaluationRecord;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Business rule tasks evaluate DMN decisions; script tasks evaluate FEEL. */
class BusinessRuleTaskTest {

  /** Item 1.4: per disabled employee, 2 × the local monthly minimum wage, if paid ≥ 150 %. */
  private static final String SUBSIDY_DMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="subsidy-rules"
          name="就业补贴" namespace="http://tongxing.org/dmn">
        <decision id="employment-subsidy-amount" name="按比例就业补贴金额">
          <decisionTable id="table" hitPolicy="FIRST">
            <input id="wageRatio" label="工资/最低工资">
              <inputExpression id="e1" typeRef="number"><text>monthlyWage / minimumWage</text></inputExpression>
            </input>
            <output id="amount" name="amount" typeRef="number"/>
            <rule id="rule_eligible">
              <description>item 1.4</description>
              <inputEntry id="ie1"><text>&gt;= 1.5</text></inputEntry>
              <outputEntry id="oe1"><text>2 * minimumWage</text></outputEntry>
            </rule>
            <rule id="rule_not_eligible">
              <inputEntry id="ie2"><text>&lt; 1.5</text></inputEntry>
              <outputEntry id="oe2"><text>0</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @RegisterExtension final EngineRule engine = new EngineRule();

  private DeploymentResult deployDmn(String xml) {
    return EngineRule.await(
        engine
            .engine()
            .deploy(
                new EngineCommand.Deploy(
                    List.of(new Resource("subsidy.dmn", xml.getBytes(StandardCharsets.UTF_8))))));
  }

  @Test
  void shouldSetTheDecisionsResultAsTheResultVariable() {
    // given
    deployDmn(SUBSIDY_DMN);
    engine.deploy(
        Bpmn.createExecutableProcess("subsidy")
            .startEvent()
            .businessRuleTask(
                "computeAmount",
                t ->
                    t.zeebeCalledDecisionId("employment-subsidy-amount")
                        .zeebeResultVariable("subsidyAmount"))
            .endEvent()
            .done());

    // when: a wage of 3,600 against a minimum wage of 2,280 (Lucheng, 2025)
    long instanceKey =
        engine.createInstance("subsidy", Map.of("monthlyWage", "3600", "minimumWage", "2280"));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    VariableRecord amount =
        (VariableRecord)
            engine
                .records(
                    r -> r.value() instanceof VariableRecord v && v.name().equals("subsidyAmount"))
                .get(0)
                .value();
    assertThat(amount.value()).isEqualTo("4560");
    assertThat(amount.scopeKey()).isEqualTo(instanceKey);
    DecisionEvaluationRecord evaluation =
        (DecisionEvaluationRecord)
            engine.awaitRecord(r -> r.intent() == DecisionEvaluationIntent.EVALUATED).value();
    assertThat(evaluation.matchedRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ruleId()).isEqualTo("rule_eligible");
              assertThat(rule.ruleIndex()).isEqualTo(1);
              assertThat(rule.outputs())
                  .singleElement()
                  .satisfies(output -> assertThat(output.value()).isEqualTo("4560"));
            });
    assertThat(evaluation.evaluatedInputs())
        .singleElement()
        .satisfies(input -> assertThat(input.inputId()).isEqualTo("wageRatio"));
    assertThat(evaluation.processInstanceKey()).isEqualTo(instanceKey);
  }

  @Test
  void shouldRaiseAnIncidentForAnUnknownDecision() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("unknown-decision")
            .startEvent()
            .businessRuleTask(
                "decide",
                t -> t.zeebeCalledDecisionId("no-such-decision").zeebeResultVariable("result"))
            .endEvent()
            .done());

    // when
    engine.createInstance("unknown-decision", Map.of());

    // then
    IncidentRecord incident =
        (IncidentRecord) engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED).value();
    assertThat(incident.errorType()).isEqualTo(ErrorType.CALLED_DECISION_ERROR);
    assertThat(incident.errorMessage()).contains("no-such-decision");
  }

  /** A UNIQUE table whose rules overlap: evaluating it fails when both match. */
  private static final String OVERLAPPING_DMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="overlap"
          name="overlap" namespace="http://tongxing.org/dmn">
        <decision id="overlapping" name="overlapping">
          <decisionTable id="table" hitPolicy="UNIQUE">
            <input id="i"><inputExpression id="e" typeRef="number"><text>x</text></inputExpression></input>
            <output id="o" name="result" typeRef="string"/>
            <rule id="a"><inputEntry id="ia"><text>&gt; 1</text></inputEntry><outputEntry id="oa"><text>"a"</text></outputEntry></rule>
            <rule id="b"><inputEntry id="ib"><text>&gt; 2</text></inputEntry><outputEntry id="ob"><text>"b"</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Test
  void shouldRaiseAnIncidentWhenTheDecisionCannotBeEvaluated() {
    // given
    deployDmn(OVERLAPPING_DMN);
    engine.deploy(
        Bpmn.createExecutableProcess("failing-decision")
            .startEvent()
            .businessRuleTask(
                "decide", t -> t.zeebeCalledDecisionId("overlapping").zeebeResultVariable("result"))
            .endEvent()
            .done());

    // when both rules match
    engine.createInstance("failing-decision", Map.of("x", "5"));

    // then
    IncidentRecord incident =
        (IncidentRecord) engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED).value();
    assertThat(incident.errorType()).isEqualTo(ErrorType.DECISION_EVALUATION_ERROR);
    assertThat(incident.errorMessage()).contains("overlapping");
  }

  @Test
  void shouldDeployTheSameDecisionsOnceAndRefuseInvalidDmn() {
    // given
    DeploymentResult first = deployDmn(SUBSIDY_DMN);

    // when
    DeploymentResult second = deployDmn(SUBSIDY_DMN);

    // then
    assertThat(second.decisions())
        .singleElement()
        .satisfies(
            decision -> {
              assertThat(decision.version()).isEqualTo(1);
              assertThat(decision.decisionKey()).isEqualTo(first.decisions().get(0).decisionKey());
            });
    assertThatThrownBy(() -> deployDmn("<definitions>broken"))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("subsidy.dmn");
  }

  @Test
  void shouldEvaluateADecisionOnRequest() {
    // given
    deployDmn(SUBSIDY_DMN);

    // when
    DecisionEvaluated evaluated =
        (DecisionEvaluated)
            EngineRule.await(
                engine
                    .engine()
                    .execute(
                        new EngineCommand.EvaluateDecision(
                            "employment-subsidy-amount",
                            -1,
                            Map.of("monthlyWage", "3000", "minimumWage", "2280"))));

    // then: 3,000 is below 150 % of 2,280 (3,420)
    assertThat(evaluated.result()).isEqualTo("0");
    assertThat(evaluated.matchedRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ruleId()).isEqualTo("rule_not_eligible");
              assertThat(rule.ruleIndex()).isEqualTo(2);
            });
  }

  @Test
  void shouldSetAScriptsResult() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("script")
            .startEvent()
            .scriptTask(
                "count",
                t -> t.zeebeExpression("count(employees)").zeebeResultVariable("employeeCount"))
            .endEvent()
            .done());

    // when
    long instanceKey =
        engine.createInstance(
            "script", Map.of("employees", "[{\"name\":\"陈建国\"},{\"name\":\"林晓燕\"}]"));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.name().equals("employeeCount")
                        && v.value().equals("2")))
        .hasSize(1);
  }
}

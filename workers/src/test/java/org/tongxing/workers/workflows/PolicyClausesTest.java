package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyModels.policyClause;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise of TEAM.md and the policy's README, over the whole repository: every process and
 * every BPMN element cites the clause it implements (a {@code zeebe:property policyClause}), every
 * DMN rule cites it in its description, and every form field cites it (its {@code
 * properties.policyClause}), so that a policy owner can go from a sentence to each place that
 * implements it and back. A new process, table or form is covered without being listed here.
 */
class PolicyClausesTest {

  /**
   * One clause: {@code item 1.4}, a range {@code item 1.4–1.6}, with the item's words in brackets
   * where a form shows them ({@code item 10.3 (强化属地管理)}).
   */
  private static final String ITEM =
      "item \\d{1,2}\\.\\d{1,2}(–\\d{1,2}(\\.\\d{1,2})?)?( \\([^)]+\\))?";

  /**
   * What a BPMN element or form field cites: clauses of the policy ({@code item 6.2, item 6.3}),
   * then, after a semicolon, the regulation articles they apply ({@code item 10.3; 信访工作条例 第二十二条}).
   */
  static final Pattern CLAUSE = Pattern.compile(ITEM + "(, " + ITEM + ")*(; \\S.*)?");

  /**
   * What a DMN rule's description cites: a clause of the policy, or an article of a regulation the
   * petition processes apply (信访工作条例, 法律援助法, 民法典, 民事诉讼法).
   */
  static final Pattern RULE_CITATION =
      Pattern.compile(
          "(?s).*(item \\d{1,2}\\.\\d{1,2}|(信访工作条例|法律援助法|民法典|民事诉讼法)\\s*第[一二三四五六七八九十百零]+条).*");

  static List<String> processes() {
    return PolicyModels.processes();
  }

  static List<String> forms() {
    return PolicyForms.forms();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldCiteAClauseOnTheProcessAndEveryElement(String processId) {
    // given
    BpmnModelInstance model = PolicyModels.read(processId);
    Process process = model.getModelElementById(processId);

    // then
    assertThat(policyClause(process))
        .as("policyClause of process %s", processId)
        .hasValueSatisfying(clause -> assertThat(clause).matches(CLAUSE));
    assertThat(model.getModelElementsByType(FlowNode.class))
        .isNotEmpty()
        .allSatisfy(
            node ->
                assertThat(policyClause(node))
                    .as("policyClause of %s in %s", node.getId(), processId)
                    .hasValueSatisfying(clause -> assertThat(clause).matches(CLAUSE)));
  }

  @Test
  void shouldCiteAClauseInTheDescriptionOfEveryDecisionRule() {
    // given
    List<DecisionTables.Table> tables = DecisionTables.all();

    // then
    assertThat(tables).isNotEmpty();
    assertThat(tables)
        .allSatisfy(
            table ->
                assertThat(DecisionTables.rules(table.file(), table.decisionId()))
                    .as("rules of %s in %s", table.decisionId(), table.file())
                    .isNotEmpty()
                    .allSatisfy(
                        rule ->
                            assertThat(rule.description())
                                .as("description of rule %s of %s", rule.id(), table.decisionId())
                                .matches(RULE_CITATION)));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void shouldCiteAClauseOnEveryFormField(String formId) {
    // given
    JsonNode form = PolicyForms.read(formId);

    // then
    assertThat(PolicyForms.fields(form))
        .isNotEmpty()
        .allSatisfy(
            field ->
                assertThat(PolicyForms.policyClause(field))
                    .as(
                        "policyClause of %s in %s",
                        field.has("key") ? field.path("key").asText() : field.path("id").asText(),
                        formId)
                    .matches(CLAUSE));
  }
}

package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DMN tables of items 5 and 6 as a policy owner reads them: every rule says in its annotation
 * which sentence of the policy it implements (or, for a period the policy does not set, that it is
 * the DPF's service standard), and the table says it in an output column too. The figures
 * themselves are checked against the policy by evaluating the tables through the client (app:
 * RehabilitationDecisionTablesPolicyTest).
 */
class RehabilitationDecisionTablesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "child-rehabilitation-subsidy-standard",
        "child-rehabilitation-age-rule",
        "institution-operating-subsidy",
        "institution-admission",
        "rehabilitation-service-periods"
      })
  void shouldCiteTheClauseOfEveryRule(String decisionId) {
    // when
    List<DecisionTables.Rule> rules = DecisionTables.rules(decisionId);

    // then
    assertThat(DecisionTables.name(decisionId)).matches("\\p{IsHan}.*");
    assertThat(rules)
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              String id = rule.id();
              String annotation = rule.description();
              assertThat(rule.outputs()).as("outputs of %s", id).containsKey("policyClause");
              String clause = rule.outputs().get("policyClause");
              if (decisionId.equals("rehabilitation-service-periods")) {
                assertThat(annotation).as("annotation of %s", id).matches("\\p{IsHan}.*");
                assertThat(clause)
                    .as("clause of %s", id)
                    .matches("\"DPF service standard; item [56]\\.\\d\"");
              } else {
                assertThat(annotation)
                    .as("annotation of %s", id)
                    .matches("item [56]\\.\\d: \\p{IsHan}.*");
                assertThat(clause)
                    .as("clause of %s", id)
                    .isEqualTo("\"" + annotation.substring(0, annotation.indexOf(':')) + "\"");
              }
            });
  }
}

package org.tongxing.app.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * Every figure of policy items 7.6–7.7 in the decision tables that the app deployed ({@code
 * workflows/education-grant.dmn}), each in the rule that cites its clause, and the urban districts
 * (市区) the city pays for, evaluated through the official client.
 */
@TongxingAppTest
class EducationGrantDecisionsTest {

  @Autowired CamundaClient client;
  private PolicyDecisions decisions;

  @BeforeEach
  void readTheTables() {
    decisions = new PolicyDecisions(client, "workflows/education-grant.dmn");
  }

  @ParameterizedTest(name = "{0}, {1}, {2}: {3} yuan ({4})")
  @CsvSource({
    // item 7.6: 低保和低保边缘 — 2000 / 3000 / 4000 per school year, a one-off 3500
    "true, school-year, secondary-vocational, 2000, item 7.6",
    "true, school-year, senior-high, 2000, item 7.6",
    "true, school-year, junior-college, 3000, item 7.6",
    "true, school-year, bachelor, 4000, item 7.6",
    "true, school-year, master, 4000, item 7.6",
    "true, school-year, doctor, 4000, item 7.6",
    "true, exam-certificate, , 3500, item 7.6",
    // item 7.7: other disabled students — 1000 / 2000 / 3000, a one-off 2500
    "false, school-year, secondary-vocational, 1000, item 7.7",
    "false, school-year, senior-high, 1000, item 7.7",
    "false, school-year, junior-college, 2000, item 7.7",
    "false, school-year, bachelor, 3000, item 7.7",
    "false, school-year, doctor, 3000, item 7.7",
    "false, exam-certificate, , 2500, item 7.7"
  })
  void shouldHoldTheFiguresOfItems7_6And7_7EachInTheRuleThatCitesIt(
      boolean lowIncome, String grantType, String level, int amount, String clause) {
    // given
    Map<String, Object> variables = new HashMap<>();
    variables.put("lowIncomeCheck", Map.of("lowIncome", lowIncome));
    variables.put("grantType", grantType);
    Map<String, Object> enrolment = new HashMap<>();
    enrolment.put("level", level);
    variables.put("enrolmentCheck", enrolment);

    // when
    var evaluation = decisions.evaluate("educationGrantAmount", variables);

    // then
    assertThat(evaluation.output().path("amount").asInt()).isEqualTo(amount);
    assertThat(evaluation.output().path("clause").asText()).isEqualTo(clause);
    assertThat(evaluation.matchedRules()).hasSize(1);
    assertThat(decisions.ruleDescription(evaluation.matchedRules().get(0)))
        .startsWith(clause + ":")
        .contains(amount + "元");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"primary", "junior-high"})
  void shouldPayNoGrantForCompulsorySchooling(String level) {
    // when
    var evaluation =
        decisions.evaluate(
            "educationGrantAmount",
            Map.of(
                "lowIncomeCheck", Map.of("lowIncome", true),
                "grantType", "school-year",
                "enrolmentCheck", Map.of("level", level)));

    // then
    assertThat(evaluation.output().isNull()).isTrue();
    assertThat(evaluation.matchedRules()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}: urban {2}")
  @CsvSource({
    "330302, 鹿城区, true",
    "330303, 龙湾区, true",
    "330304, 瓯海区, true",
    "330305, 洞头区, true",
    "330381, 瑞安市, false",
    "330382, 乐清市, false",
    "330383, 龙港市, false",
    "330324, 永嘉县, false",
    "330326, 平阳县, false",
    "330327, 苍南县, false",
    "330328, 文成县, false",
    "330329, 泰顺县, false",
    "510107, 成都市武侯区, false"
  })
  void shouldCountWenzhousFourDistrictsAsTheUrbanDistricts(
      String regionCode, String name, boolean urban) {
    // when
    var evaluation =
        decisions.evaluate(
            "wenzhouUrbanDistricts",
            Map.of("householdChecks", List.of(Map.of("regionCode", regionCode))));

    // then
    assertThat(evaluation.output().path("urban").asBoolean()).isEqualTo(urban);
    assertThat(decisions.ruleDescription(evaluation.matchedRules().get(0))).startsWith("item 7.6");
  }

  @ParameterizedTest(name = "student disabled {0}, low income {1}, parent disabled {2}: {3}")
  @CsvSource({
    "true, true, false, disabled-student, item 7.6",
    "false, true, true, child-of-disabled-family, item 7.6",
    "true, false, false, disabled-student, item 7.7",
    "false, false, true, , item 7.7",
    "false, true, false, , item 7.6"
  })
  void shouldTellWhomItems7_6And7_7AreFor(
      boolean studentDisabled,
      boolean lowIncome,
      boolean parentDisabled,
      String recipient,
      String clause) {
    // when
    JsonNode result =
        decisions
            .evaluate(
                "educationGrantRecipient",
                Map.of(
                    "certificateChecks",
                        List.of(Map.of("valid", studentDisabled), Map.of("valid", parentDisabled)),
                    "lowIncomeCheck",
                        Map.of("lowIncome", lowIncome, "guardianInHousehold", parentDisabled),
                    "guardian", Map.of("relationship", "father")))
            .output();

    // then
    assertThat(result.path("recipient").isNull() ? null : result.path("recipient").asText())
        .isEqualTo(recipient);
    assertThat(result.path("clause").asText()).isEqualTo(clause);
  }
}

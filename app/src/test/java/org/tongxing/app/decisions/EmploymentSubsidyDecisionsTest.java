package org.tongxing.app.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;

/**
 * Every figure of policy items 1.4–1.6 in the decision tables that the app deployed ({@code
 * workflows/employment-subsidy.dmn}), each in the rule that cites its clause, and the readings the
 * tables encode (docs/employment-subsidy-and-education-grant.md), evaluated through the official
 * client.
 */
@TongxingAppTest
class EmploymentSubsidyDecisionsTest {

  private static final int MINIMUM_WAGE = 2280;

  @Autowired CamundaClient client;
  private PolicyDecisions decisions;

  @BeforeEach
  void readTheTables() {
    decisions = new PolicyDecisions(client, "workflows/employment-subsidy.dmn");
  }

  @Test
  void shouldHoldTheFiguresOfItems1_4To1_6EachInTheRuleThatCitesIt() {
    // when
    var schemes = decisions.evaluate("employmentSchemes", Map.of());
    var criteria = decisions.evaluate("employeeCriteria", Map.of());

    // then: 1.4 two months per employee; 1.5 four times beyond 1.5 %; 1.6 two months beyond 25 %
    assertThat(schemes.output())
        .extracting(
            s -> s.path("clause").asText(),
            s -> s.path("beyondShare").isNull() ? null : s.path("beyondShare").decimalValue(),
            s -> s.path("minimumWageMonths").asInt())
        .containsExactly(
            tuple("item 1.4", null, 2),
            tuple("item 1.5", new BigDecimal("0.015"), 4),
            tuple("item 1.6", new BigDecimal("0.25"), 2));
    assertThat(schemes.matchedRules())
        .containsExactly(
            "Rule_Item_1_4_Subsidy",
            "Rule_Item_1_5_OverQuotaReward",
            "Rule_Item_1_6_ConcentratedEmploymentReward");
    assertThat(decisions.ruleDescription("Rule_Item_1_4_Subsidy"))
        .startsWith("item 1.4:")
        .contains("2个月的最低工资标准");
    assertThat(decisions.ruleDescription("Rule_Item_1_5_OverQuotaReward"))
        .startsWith("item 1.5:")
        .contains("1.5%", "4倍");
    assertThat(decisions.ruleDescription("Rule_Item_1_6_ConcentratedEmploymentReward"))
        .startsWith("item 1.6:")
        .contains("25%", "2个月");
    // 1.4: 150 % of the local monthly minimum wage, paid in each month of the year
    assertThat(criteria.output().path("wageThresholdRate").decimalValue())
        .isEqualByComparingTo("1.5");
    assertThat(criteria.output().path("minimumInsuredMonths").asInt()).isEqualTo(12);
    assertThat(decisions.ruleDescription(criteria.matchedRules().get(0)))
        .startsWith("item 1.4:")
        .contains("150%");
  }

  @ParameterizedTest(name = "{0}, {1}: subsidy {2}, over-quota reward {3}, concentrated {4}")
  @CsvSource({
    "enterprise, , true, true, true",
    "individual-business, , true, true, false",
    "social-organisation, , true, true, false",
    "party-government-organ, full, false, true, false",
    "public-institution, full, false, true, false",
    "public-institution, partial, true, true, false",
    "public-institution, self-financed, true, true, false"
  })
  void shouldExcludeOrgansAndFullyFundedInstitutionsFromTheSubsidyAlone(
      String category,
      String fundingType,
      boolean subsidy,
      boolean overQuota,
      boolean concentrated) {
    // given
    Map<String, Object> registration = new HashMap<>();
    registration.put("category", category);
    registration.put("fundingType", fundingType);

    // when
    JsonNode eligibility =
        decisions
            .evaluate("employmentSchemeEligibility", Map.of("employerRegistration", registration))
            .output();

    // then
    assertThat(eligible(eligibility, "subsidy")).isEqualTo(subsidy);
    assertThat(eligible(eligibility, "over-quota-reward")).isEqualTo(overQuota);
    assertThat(eligible(eligibility, "concentrated-employment-reward")).isEqualTo(concentrated);
  }

  @ParameterizedTest(name = "{1} of {0} employees: {2} beyond 1.5 %, {3} beyond 25 %")
  @CsvSource({
    // "beyond" counts whole persons, floor(counted − share × workforce); nothing at the share
    "100, 3, 1, 0",
    "200, 3, 0, 0",
    "120, 4, 2, 0",
    "20, 6, 5, 1",
    "20, 5, 4, 0",
    "16, 4, 3, 0",
    "7, 3, 2, 1"
  })
  void shouldCountWholePersonsBeyondTheShares(
      int workforce, int disabled, int beyondOverQuota, int beyondConcentrated) {
    // when
    JsonNode assessment =
        decisions
            .evaluate("employmentSubsidyAssessment", facts(workforce, disabled, 4000))
            .output();

    // then
    assertThat(part(assessment, "over-quota-reward").path("persons").asInt())
        .isEqualTo(beyondOverQuota);
    assertThat(part(assessment, "over-quota-reward").path("amount").asInt())
        .isEqualTo(beyondOverQuota * 4 * MINIMUM_WAGE);
    assertThat(part(assessment, "concentrated-employment-reward").path("persons").asInt())
        .isEqualTo(beyondConcentrated);
    assertThat(part(assessment, "concentrated-employment-reward").path("amount").asInt())
        .isEqualTo(beyondConcentrated * 2 * MINIMUM_WAGE);
    assertThat(part(assessment, "subsidy").path("amount").asInt())
        .isEqualTo(disabled * 2 * MINIMUM_WAGE);
  }

  @ParameterizedTest(name = "a monthly wage of {0} against 2280: subsidised {1}")
  @CsvSource({"3420, true", "3419.99, false", "5000, true"})
  void shouldSubsidiseFrom150PercentOfTheMinimumWageOn(String wage, boolean subsidised) {
    // when
    JsonNode assessment =
        decisions
            .evaluate("employmentSubsidyAssessment", facts(100, 1, Double.parseDouble(wage)))
            .output();

    // then
    assertThat(assessment.path("employees").get(0).path("subsidised").asBoolean())
        .isEqualTo(subsidised);
    assertThat(assessment.path("employees").get(0).path("counted").asBoolean()).isTrue();
  }

  /** An enterprise in 鹿城区 with {@code disabled} employees that count, each paid {@code wage}. */
  private static Map<String, Object> facts(int workforce, int disabled, double wage) {
    List<Map<String, Object>> employees = new ArrayList<>();
    List<Map<String, Object>> certificates = new ArrayList<>();
    List<Map<String, Object>> households = new ArrayList<>();
    List<Map<String, Object>> employment = new ArrayList<>();
    for (int i = 0; i < disabled; i++) {
      employees.add(Map.of("name", "职工" + i, "idNumber", "id" + i));
      certificates.add(Map.of("valid", true));
      households.add(Map.of("registered", true, "regionName", "浙江省温州市鹿城区"));
      employment.add(
          Map.of(
              "insuredMonths",
              12,
              "months",
              IntStream.rangeClosed(1, 12)
                  .mapToObj(month -> Map.<String, Object>of("month", month, "wagePaid", wage))
                  .toList()));
    }
    Map<String, Object> registration = new HashMap<>();
    registration.put("found", true);
    registration.put("active", true);
    registration.put("nameMatches", true);
    registration.put("category", "enterprise");
    registration.put("workforce", workforce);
    return Map.of(
        "year", 2025,
        "employees", employees,
        "certificateChecks", certificates,
        "householdChecks", households,
        "employmentChecks", employment,
        "employerRegistration", registration,
        "minimumWage",
            Map.of(
                "found",
                true,
                "monthlyMinimumWage",
                MINIMUM_WAGE,
                "months",
                IntStream.rangeClosed(1, 12)
                    .mapToObj(
                        month ->
                            Map.<String, Object>of(
                                "month", month, "monthlyMinimumWage", MINIMUM_WAGE))
                    .toList()));
  }

  private static JsonNode part(JsonNode assessment, String scheme) {
    for (JsonNode part : assessment.path("parts")) {
      if (scheme.equals(part.path("scheme").asText())) {
        return part;
      }
    }
    throw new AssertionError("Expected part " + scheme + " in " + assessment);
  }

  private static boolean eligible(JsonNode eligibility, String scheme) {
    List<Boolean> found = new ArrayList<>();
    for (JsonNode row : eligibility) {
      if (scheme.equals(row.path("scheme").asText())) {
        found.add(row.path("eligible").asBoolean());
      }
    }
    assertThat(found).as("rules of %s that matched", scheme).hasSize(1);
    return found.get(0);
  }
}

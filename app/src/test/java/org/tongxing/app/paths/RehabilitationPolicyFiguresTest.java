package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every figure of items 5 and 6 of the policy, checked against the DMN tables the app deployed, by
 * evaluating them through the official client ({@code newEvaluateDecisionCommand}) as a Camunda 8
 * cluster would. Each test quotes the sentence it checks; a change of the tables that breaks a
 * figure of the policy fails here.
 */
@RehabilitationPathTest
class RehabilitationPolicyFiguresTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CamundaClient client;

  /** item 6.2: 未满7周岁的残疾儿童在定点机构康复训练费用按年人均最高2.4万元标准补助. */
  @ParameterizedTest
  @ValueSource(strings = {"hearing", "speech", "physical", "intellectual", "mental", "multiple"})
  void shouldCapTheTrainingOfADisabledChildAtTwentyFourThousandAYear(String category) {
    // when
    JsonNode standard = standard(category, null);

    // then
    assertThat(standard.get("trainingCeilingYuan").asInt()).isEqualTo(24_000);
    assertThat(standard.get("rehabilitationCategory").asText()).isEqualTo("general");
    assertThat(standard.get("policyClause").asText()).isEqualTo("item 6.2");
  }

  /** item 6.2: 孤独症儿童按每年最高3.6万元标准补助. */
  @ParameterizedTest
  @ValueSource(strings = {"mental", "intellectual", "multiple"})
  void shouldCapTheTrainingOfAnAutisticChildAtThirtySixThousandAYear(String category) {
    // when
    JsonNode standard = standard(category, "autism");

    // then
    assertThat(standard.get("trainingCeilingYuan").asInt()).isEqualTo(36_000);
    assertThat(standard.get("rehabilitationCategory").asText()).isEqualTo("autism");
  }

  /** item 6.2: 视力残疾儿童按每年最高5000元标准补助. */
  @Test
  void shouldCapTheTrainingOfAVisuallyImpairedChildAtFiveThousandAYear() {
    // when
    JsonNode standard = standard("visual", "congenital-cataract");

    // then
    assertThat(standard.get("trainingCeilingYuan").asInt()).isEqualTo(5_000);
    assertThat(standard.get("rehabilitationCategory").asText()).isEqualTo("visual");
  }

  /** item 6.2: 康复训练期间给予上述家庭每月1000元，每年最高10000元的康复生活补贴. */
  @ParameterizedTest
  @CsvSource({"visual,", "hearing,", "mental,autism"})
  void shouldGrantAThousandAMonthOfLivingAllowanceUpToTenThousandAYear(
      String category, String cause) {
    // when
    JsonNode standard = standard(category, cause);

    // then
    assertThat(standard.get("livingAllowanceMonthlyYuan").asInt()).isEqualTo(1_000);
    assertThat(standard.get("livingAllowanceYearlyCapYuan").asInt()).isEqualTo(10_000);
  }

  /**
   * item 6.2: 未满7周岁; item 6.3: 经鉴定不具备义务教育入学条件……凭缓学或休学证明，年龄放宽至未满9周岁. The age is the child's on the
   * first day of each month of training (docs/child-rehabilitation-age-rule.md).
   */
  @ParameterizedTest
  @CsvSource({
    "0, false, true, item 6.2",
    "6, false, true, item 6.2",
    "6, true, true, item 6.2",
    "7, false, false, item 6.3",
    "7, true, true, item 6.3",
    "8, true, true, item 6.3",
    "8, false, false, item 6.3",
    "9, true, false, item 6.3",
    "12, false, false, item 6.3"
  })
  void shouldCountAMonthUnderSevenOrUnderNineWithTheDeferral(
      int age, boolean deferral, boolean counts, String clause) {
    // when
    JsonNode rule =
        evaluate(
            "child-rehabilitation-age-rule",
            Map.of("ageOnFirstDay", age, "deferralInForce", deferral));

    // then
    assertThat(rule.get("counts").asBoolean()).isEqualTo(counts);
    assertThat(rule.get("policyClause").asText()).isEqualTo(clause);
    assertThat(rule.get("ageLimit").asInt()).isEqualTo(age >= 7 && (deferral || age >= 9) ? 9 : 7);
  }

  /** item 6.4: 民办残疾儿童定点康复机构每收训一名残疾儿童达半年以上，予以每年2000元补助用于机构运行. */
  @ParameterizedTest
  @CsvSource({
    "private, 12, 2000",
    "private, 6, 2000",
    "private, 5, 0",
    "private, 0, 0",
    "public, 12, 0"
  })
  void shouldGrantAPrivateInstitutionTwoThousandAYearPerChildTrainedHalfAYear(
      String ownership, int months, int amount) {
    // when
    JsonNode rule =
        evaluate(
            "institution-operating-subsidy",
            Map.of("ownership", ownership, "monthsTrained", months));

    // then
    assertThat(rule.get("amountYuan").asInt()).isEqualTo(amount);
    assertThat(rule.get("counts").asBoolean()).isEqualTo(amount > 0);
    assertThat(rule.get("policyClause").asText()).isEqualTo("item 6.4");
  }

  /** item 5.2: 教育、医疗部门要将开办1年以上且具有事业单位、民办非企业单位或企业等法人资格的残疾儿童康复机构纳入部门管理; item 5.1: 定点准入. */
  @ParameterizedTest
  @CsvSource({
    ", true, private-non-enterprise, 1, false, true, education, item 5.2",
    ", true, public-institution, 8, false, true, education, item 5.2",
    ", true, enterprise, 3, true, true, health, item 5.2",
    ", true, private-non-enterprise, 0, false, false, , item 5.2",
    ", true, enterprise, 0, true, false, , item 5.2",
    ", true, social-organization, 5, false, false, , item 5.2",
    ", false, enterprise, 5, true, false, , item 5.2",
    "EXITED, true, private-non-enterprise, 5, false, true, education, item 5.2",
    "DESIGNATED, true, private-non-enterprise, 5, false, false, , item 5.1",
    "SUSPENDED, true, private-non-enterprise, 5, false, false, , item 5.1"
  })
  void shouldAdmitALegalPersonOpenForAYearUnderHealthOrEducation(
      String registryStatus,
      boolean active,
      String legalPersonType,
      int yearsOpen,
      boolean licence,
      boolean admissible,
      String department,
      String clause) {
    // given
    Map<String, Object> variables = new HashMap<>();
    variables.put("registryStatus", registryStatus);
    variables.put("legalPersonActive", active);
    variables.put("legalPersonType", legalPersonType);
    variables.put("yearsOpen", yearsOpen);
    variables.put("medicalLicenceHeld", licence);

    // when
    JsonNode admission = evaluate("institution-admission", variables);

    // then
    assertThat(admission.get("admissible").asBoolean()).isEqualTo(admissible);
    assertThat(
            admission.get("managingDepartment").isNull()
                ? null
                : admission.get("managingDepartment").asText())
        .isEqualTo(department);
    assertThat(admission.get("policyClause").asText()).isEqualTo(clause);
    assertThat(admission.get("reason").isNull()).isEqualTo(admissible);
  }

  /**
   * The periods of the processes (the DPF's service standards: the policy sets none): item 5.1's
   * yearly review and agreement, the suspension limit, and the correction periods.
   */
  @Test
  void shouldKeepThePeriodsOfBothProcessesInOneTable() {
    // when
    JsonNode subsidy =
        evaluateList(
            "rehabilitation-service-periods", Map.of("caseType", "child-rehabilitation-subsidy"));
    JsonNode accreditation =
        evaluateList(
            "rehabilitation-service-periods", Map.of("caseType", "institution-accreditation"));

    // then
    assertThat(periods(subsidy))
        .containsEntry("reviewDeadline", "P15D")
        .containsEntry("correctionPeriod", "P30D");
    assertThat(periods(accreditation))
        .containsEntry("correctionPeriod", "P30D")
        .containsEntry("rectificationPeriod", "P60D")
        .containsEntry("insurancePeriod", "P30D")
        .containsEntry("agreementTerm", "P1Y")
        .containsEntry("reviewCycle", "R/P1Y")
        .containsEntry("suspensionLimit", "P6M");
  }

  private JsonNode standard(String category, String cause) {
    Map<String, Object> certificate = new HashMap<>();
    certificate.put("disabilityCategory", category);
    certificate.put("disabilityCause", cause);
    return evaluate(
        "child-rehabilitation-subsidy-standard", Map.of("childCertificate", certificate));
  }

  private JsonNode evaluate(String decisionId, Map<String, Object> variables) {
    JsonNode output = evaluateList(decisionId, variables);
    assertThat(output.isObject()).as("single result of %s: %s", decisionId, output).isTrue();
    return output;
  }

  private JsonNode evaluateList(String decisionId, Map<String, Object> variables) {
    EvaluateDecisionResponse response =
        client
            .newEvaluateDecisionCommand()
            .decisionId(decisionId)
            .variables(variables)
            .send()
            .join();
    assertThat(response.getFailureMessage()).as("failure of %s", decisionId).isNullOrEmpty();
    assertThat(response.getEvaluatedDecisions())
        .singleElement()
        .satisfies(evaluated -> assertThat(evaluated.getMatchedRules()).isNotEmpty());
    try {
      return JSON.readTree(response.getDecisionOutput());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> periods(JsonNode rows) {
    Map<String, String> periods = new HashMap<>();
    rows.forEach(row -> periods.put(row.get("period").asText(), row.get("duration").asText()));
    return periods;
  }
}

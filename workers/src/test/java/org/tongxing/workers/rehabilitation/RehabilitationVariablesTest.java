package org.tongxing.workers.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.camunda.client.api.JsonMapper;
import io.camunda.client.impl.CamundaObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongxing.workers.bureau.education.SchoolingDeferral;
import org.tongxing.workers.bureau.insurance.InsurancePolicy;
import org.tongxing.workers.rehabilitation.child.CheckSchoolingDeferralInput;
import org.tongxing.workers.rehabilitation.child.CheckSchoolingDeferralOutput;
import org.tongxing.workers.rehabilitation.child.SchoolingDeferralCheck;
import org.tongxing.workers.rehabilitation.institution.CheckInstitutionInsuranceOutput;
import org.tongxing.workers.rehabilitation.institution.InsuranceCheck;

/**
 * The job variables as the Camunda client reads and writes them: inputs from the application's
 * nested variables, outputs with the documented names and dates as ISO strings (a plain client
 * mapper has no date support, and FEEL's {@code date()} reads the strings).
 */
class RehabilitationVariablesTest {

  private final JsonMapper jsonMapper = new CamundaObjectMapper();

  @Test
  void shouldReadTheChildAmongTheApplicationsVariables() {
    // given
    String variables =
        """
        {"applicationId": "KF-2026-0001", "subsidyYear": 2025, "appliedBy": "guardian",
         "child": {"name": "张浩然", "idNumber": "330302201804150570",
                   "certificateNumber": "33030220180415057052", "householdCounty": "lucheng",
                   "gender": "male"},
         "guardian": {"name": "张伟"}}
        """;

    // when
    var input = jsonMapper.fromJson(variables, CheckSchoolingDeferralInput.class);

    // then
    assertThat(input.subsidyYear()).isEqualTo(2025);
    assertThat(input.child().householdCounty()).isEqualTo("lucheng");
  }

  @Test
  void shouldWriteDatesAsIsoStrings() {
    // given
    var deferral =
        new SchoolingDeferral(
            "HX-330302-2025-0027",
            "deferral",
            "缓学证明",
            "张浩然",
            "温州市鹿城区教育局",
            "lucheng",
            "2025-2026",
            LocalDate.of(2025, 9, 1),
            LocalDate.of(2026, 8, 31),
            "VALID");
    var output =
        new CheckSchoolingDeferralOutput(
            SchoolingDeferralCheck.of(List.of(deferral), "lucheng", 2025));

    // when
    Map<String, Object> variables = jsonMapper.fromJsonAsMap(jsonMapper.toJson(output));

    // then
    assertThat(variables).containsOnlyKeys("deferral");
    @SuppressWarnings("unchecked")
    Map<String, Object> written = (Map<String, Object>) variables.get("deferral");
    assertThat(written.get("coveredMonths"))
        .isEqualTo(List.of("2025-09", "2025-10", "2025-11", "2025-12"));
    assertThat((List<?>) written.get("certificates"))
        .singleElement()
        .asInstanceOf(MAP)
        .containsEntry("validFrom", "2025-09-01")
        .containsEntry("accepted", true);
  }

  @Test
  void shouldWriteTheInsuranceCheck() {
    // given
    var liability =
        new InsurancePolicy(
            "PZAA2026330303000001",
            "中国人民财产保险股份有限公司温州市分公司",
            "institution-liability",
            "机构责任保险",
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2027, 6, 30),
            "IN_FORCE",
            new BigDecimal("2000000"),
            null,
            null);

    // when
    Map<String, Object> variables =
        jsonMapper.fromJsonAsMap(
            jsonMapper.toJson(
                new CheckInstitutionInsuranceOutput(
                    InsuranceCheck.of(List.of(liability), LocalDate.of(2026, 7, 1)))));

    // then
    assertThat(variables.get("insurance"))
        .asInstanceOf(MAP)
        .containsEntry("asOf", "2026-07-01")
        .containsEntry("liabilityInForce", true)
        .containsEntry("accidentInForce", false)
        .containsEntry("allInForce", false)
        .containsEntry("accident", null)
        .containsEntry("reason", "未投保在保险期间内的在训儿童意外伤害保险");
  }
}

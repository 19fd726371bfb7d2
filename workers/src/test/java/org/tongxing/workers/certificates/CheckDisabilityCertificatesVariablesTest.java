package org.tongxing.workers.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.JsonMapper;
import io.camunda.client.impl.CamundaObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job's variables as the Camunda client reads and writes them (JSON). */
class CheckDisabilityCertificatesVariablesTest {

  private final JsonMapper jsonMapper = new CamundaObjectMapper();

  @Test
  void shouldReadTheEmployeesAmongOtherVariables() {
    // given the variables of an employment-subsidy instance
    String variables =
        """
        {"applicationId": "A-2026-0001", "year": 2025,
         "employer": {"name": "温州某某制衣有限公司", "county": "lucheng"},
         "employees": [
           {"name": "陈建国", "idNumber": "330302197804152112",
            "certificateNumber": "33030219780415211242", "position": "裁剪工"}]}
        """;

    // when
    var input = jsonMapper.fromJson(variables, CheckDisabilityCertificatesInput.class);

    // then
    assertThat(input.employees())
        .containsExactly(new Employee("陈建国", "330302197804152112", "33030219780415211242"));
  }

  @Test
  void shouldWriteTheDocumentedVariables() {
    // given
    var output =
        CheckDisabilityCertificatesOutput.of(
            List.of(
                new CertificateCheck(
                    "33030219780415211242", "陈建国", true, "physical", "肢体残疾", 2, null),
                new CertificateCheck(
                    "33030219800101001944", "赵六", false, null, null, null, "查无此证")));

    // when
    Map<String, Object> variables = jsonMapper.fromJsonAsMap(jsonMapper.toJson(output));

    // then
    assertThat(variables)
        .containsOnlyKeys("certificateChecks", "validCertificateCount", "allCertificatesValid")
        .containsEntry("validCertificateCount", 1)
        .containsEntry("allCertificatesValid", false);
    Map<String, Object> validCheck = new LinkedHashMap<>();
    validCheck.put("certificateNumber", "33030219780415211242");
    validCheck.put("name", "陈建国");
    validCheck.put("valid", true);
    validCheck.put("disabilityCategory", "physical");
    validCheck.put("disabilityCategoryName", "肢体残疾");
    validCheck.put("disabilityLevel", 2);
    validCheck.put("reason", null);
    assertThat((List<?>) variables.get("certificateChecks"))
        .hasSize(2)
        .first()
        .isEqualTo(validCheck);
  }
}

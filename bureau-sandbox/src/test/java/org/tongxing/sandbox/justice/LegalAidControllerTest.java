package org.tongxing.sandbox.justice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.SandboxWebTest;
import org.tongxing.sandbox.faults.FaultInjector;

@SandboxWebTest
class LegalAidControllerTest {

  @Autowired private MockMvc mvc;
  @Autowired private FaultInjector faults;

  @AfterEach
  void resetFaults() {
    faults.reset();
  }

  @Test
  void shouldFileAnApplicationAndWaiveTheEconomicCheckForAValidCertificate() throws Exception {
    // given 陈建国, whose certificate the DPF has as valid (bureau-sandbox/README.md)
    String reference = "XF-" + UUID.randomUUID();

    // when
    var result = mvc.perform(file(reference, "330302197804152112", "33030219780415211242"));

    // then
    result
        .andExpect(status().isCreated())
        .andExpect(
            jsonPath("$.applicationNumber")
                .value(org.hamcrest.Matchers.matchesPattern("FY-\\d{4}-\\d{6}")))
        .andExpect(jsonPath("$.referenceId").value(reference))
        .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
        .andExpect(jsonPath("$.economicCheckExempt").value(true))
        .andExpect(jsonPath("$.exemptionReason").value(LegalAidApplications.EXEMPT_REASON));
  }

  @Test
  void shouldAnswerARepeatedReferenceWithTheSameApplication() throws Exception {
    // given
    String reference = "XF-" + UUID.randomUUID();
    String first =
        mvc.perform(file(reference, "330302197804152112", null))
            .andReturn()
            .getResponse()
            .getContentAsString();

    // when
    var again = mvc.perform(file(reference, "330302197804152112", null));

    // then
    again
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.applicationNumber")
                .value(JsonPath.<String>read(first, "$.applicationNumber")))
        .andExpect(jsonPath("$.economicCheckExempt").value(false));
  }

  @Test
  void shouldRefuseAnIncompleteApplicationNamingTheFields() throws Exception {
    // when
    var result = mvc.perform(file("XF-" + UUID.randomUUID(), "33030219780415", null));

    // then
    result
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(LegalAidProblem.APPLICATION_INCOMPLETE.toString()))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a complete legal aid application, but applicant.idNumber must be an"
                        + " 18-character ID number, but was '33030219780415'"));
  }

  @Test
  void shouldRecordADecisionOnceAndRefuseAnotherOne() throws Exception {
    // given
    String number = fileNew();
    String granted =
        "{\"decision\":\"GRANTED\",\"provider\":\"浙江瓯越律师事务所 王律师\","
            + "\"decidedBy\":\"justice-feng\"}";

    // when
    var decided = mvc.perform(decide(number, granted));
    var repeated = mvc.perform(decide(number, granted));
    var contrary = mvc.perform(decide(number, "{\"decision\":\"REFUSED\",\"reason\":\"不符合\"}"));

    // then
    decided
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("GRANTED"))
        .andExpect(jsonPath("$.provider").value("浙江瓯越律师事务所 王律师"));
    repeated.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("GRANTED"));
    contrary
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(LegalAidProblem.ALREADY_DECIDED.toString()));
    mvc.perform(get("/sandbox/justice/legal-aid-applications/{n}", number))
        .andExpect(jsonPath("$.status").value("GRANTED"));
  }

  @Test
  void shouldRequireTheReasonOfARefusal() throws Exception {
    // when
    var result = mvc.perform(decide(fileNew(), "{\"decision\":\"REFUSED\"}"));

    // then
    result
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("说明理由")));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownNumber() throws Exception {
    // when / then
    mvc.perform(get("/sandbox/justice/legal-aid-applications/{n}", "FY-2026-999999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value(LegalAidProblem.NOT_FOUND.toString()));
  }

  @Test
  void shouldFailWhenAFaultIsInjected() throws Exception {
    // given
    faults.configure(BureauSystem.JUSTICE_LEGAL_AID, null, null, 1);

    // when / then
    mvc.perform(file("XF-" + UUID.randomUUID(), "330302197804152112", null))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"));
  }

  private String fileNew() throws Exception {
    String body =
        mvc.perform(file("XF-" + UUID.randomUUID(), "330302197804152112", null))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.applicationNumber");
  }

  private static org.springframework.test.web.servlet.RequestBuilder file(
      String reference, String idNumber, String certificateNumber) {
    String certificate = certificateNumber == null ? "null" : "\"" + certificateNumber + "\"";
    return post("/sandbox/justice/legal-aid-applications")
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"referenceId":"%s","applicant":{"name":"陈建国","idNumber":"%s","mobile":"13805770001",
             "disabilityCertificateNumber":%s},"county":"lucheng","matter":"劳动报酬纠纷",
             "facts":"用人单位拖欠工资三个月","referredBy":"温州市信访局"}
            """
                .formatted(reference, idNumber, certificate));
  }

  private static org.springframework.test.web.servlet.RequestBuilder decide(
      String number, String body) {
    return put("/sandbox/justice/legal-aid-applications/{n}/decision", number)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}

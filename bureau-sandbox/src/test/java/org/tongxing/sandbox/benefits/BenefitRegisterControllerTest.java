package org.tongxing.sandbox.benefits;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_SIYUAN;
import static org.tongxing.sandbox.WellKnownRecords.WANG_SIQI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class BenefitRegisterControllerTest {

  private static final String PATH = "/sandbox/dpf/benefits/{scheme}/{subject}/{period}";
  private static final String GRANT = "education-grant";

  @Autowired private MockMvc mvc;
  @Autowired private BenefitRegister register;

  @AfterEach
  void resetTheRegister() {
    register.reset();
  }

  @Test
  void shouldAnswerASeededGrant() throws Exception {
    // when / then: paid before Tongxing went live
    mvc.perform(get(PATH, GRANT, CHEN_SIYUAN, "2024-2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseId").value("JX-2024-0107"))
        .andExpect(jsonPath("$.amount").value(4000));
    mvc.perform(get(PATH, GRANT, CHEN_SIYUAN, "2025-2026"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:benefit-not-found"));
  }

  @Test
  void shouldRecordOnceAndAnswerARetryOfTheSameCaseWithTheSameRecord() throws Exception {
    // when
    var first = mvc.perform(record(WANG_SIQI, "JX-2026-0001"));
    var retry = mvc.perform(record(WANG_SIQI, "JX-2026-0001"));

    // then
    first.andExpect(status().isCreated()).andExpect(jsonPath("$.caseId").value("JX-2026-0001"));
    retry.andExpect(status().isOk()).andExpect(jsonPath("$.caseId").value("JX-2026-0001"));
    mvc.perform(get(PATH, GRANT, WANG_SIQI, "2025-2026"))
        .andExpect(jsonPath("$.amount").value(3000));
  }

  @Test
  void shouldRefuseASecondCaseForTheSameBenefitNamingTheFirst() throws Exception {
    // given
    mvc.perform(record(WANG_SIQI, "JX-2026-0001")).andExpect(status().isCreated());

    // when / then
    mvc.perform(record(WANG_SIQI, "JX-2026-0002"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:benefit-already-granted"))
        .andExpect(jsonPath("$.caseId").value("JX-2026-0001"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected no other case to hold benefit education-grant for "
                        + WANG_SIQI
                        + " in period 2025-2026, but case JX-2026-0001 has it"));
  }

  @Test
  void shouldCancelOnlyTheCasesOwnRecord() throws Exception {
    // given
    mvc.perform(record(WANG_SIQI, "JX-2026-0001")).andExpect(status().isCreated());

    // when / then
    mvc.perform(delete(PATH, GRANT, WANG_SIQI, "2025-2026").param("caseId", "JX-2026-0002"))
        .andExpect(status().isConflict());
    mvc.perform(delete(PATH, GRANT, WANG_SIQI, "2025-2026").param("caseId", "JX-2026-0001"))
        .andExpect(status().isNoContent());
    mvc.perform(get(PATH, GRANT, WANG_SIQI, "2025-2026")).andExpect(status().isNotFound());
    mvc.perform(delete(PATH, GRANT, WANG_SIQI, "2025-2026").param("caseId", "JX-2026-0001"))
        .andExpect(status().isNoContent());
  }

  @Test
  void shouldRefuseAMalformedSchemeAsABadRequest() throws Exception {
    // when / then
    mvc.perform(
            put(PATH, "Education Grant", WANG_SIQI, "2025-2026")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\": \"JX-2026-0001\", \"amount\": 3000}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a scheme of lower-case words joined by '-', but was 'Education"
                        + " Grant'"));
  }

  @Test
  void shouldReturnToTheSeedOnReset() throws Exception {
    // given
    mvc.perform(record(WANG_SIQI, "JX-2026-0001")).andExpect(status().isCreated());

    // when
    mvc.perform(delete("/sandbox/admin/benefits")).andExpect(status().isNoContent());

    // then
    mvc.perform(get(PATH, GRANT, WANG_SIQI, "2025-2026")).andExpect(status().isNotFound());
    mvc.perform(get(PATH, GRANT, CHEN_SIYUAN, "2024-2025")).andExpect(status().isOk());
  }

  private static org.springframework.test.web.servlet.RequestBuilder record(
      String subject, String caseId) {
    return put(PATH, GRANT, subject, "2025-2026")
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"caseId": "%s", "amount": 3000, "description": "2025-2026学年助学补助"}
            """
                .formatted(caseId));
  }
}

package org.tongxing.sandbox.health;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class HealthControllersTest {

  /** 温州瓯海启航康复门诊部有限公司: an enterprise with a medical licence (bureau-sandbox/README.md). */
  private static final String QIHANG = "91330304YB874APDEY";

  /** 泰顺县同心康复服务有限公司: deregistered. */
  private static final String TONGXIN = "91330329WB0RPHCU1R";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerALegalPersonWithItsTypeAndStatus() throws Exception {
    // when / then
    mvc.perform(get("/sandbox/health/legal-persons/{code}", QIHANG))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("温州瓯海启航康复门诊部有限公司"))
        .andExpect(jsonPath("$.legalPersonType").value("enterprise"))
        .andExpect(jsonPath("$.legalPersonTypeName").value("企业"))
        .andExpect(jsonPath("$.establishedOn").value("2021-08-02"))
        .andExpect(jsonPath("$.statusName").value("存续"));
    mvc.perform(get("/sandbox/health/legal-persons/{code}", TONGXIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DEREGISTERED"))
        .andExpect(jsonPath("$.deregisteredOn").value("2025-06-30"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnregisteredCode() throws Exception {
    // when / then
    mvc.perform(get("/sandbox/health/legal-persons/{code}", "91330302MA2AP0BX3K"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:legal-person-not-found"));
  }

  @Test
  void shouldAnswerEveryLicenceOfAnInstitution() throws Exception {
    // when / then
    mvc.perform(
            get("/sandbox/health/medical-institution-licences")
                .param("unifiedSocialCreditCode", QIHANG))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].institutionCategory").value("门诊部"))
        .andExpect(jsonPath("$[0].validUntil").value("2026-08-31"))
        .andExpect(jsonPath("$[1].validFrom").value("2026-09-01"));
    mvc.perform(
            get("/sandbox/health/medical-institution-licences")
                .param("unifiedSocialCreditCode", TONGXIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }
}

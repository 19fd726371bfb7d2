package org.tongxing.sandbox.market;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.DEREGISTERED;
import static org.tongxing.sandbox.WellKnownRecords.GARMENTS;
import static org.tongxing.sandbox.WellKnownRecords.SNACK_BAR;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class BusinessRegistrationControllerTest {

  private static final String PATH = "/sandbox/market-regulation/business-registrations/{code}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerAnEnterpriseWithItsWorkforceByYear() throws Exception {
    // when / then
    mvc.perform(get(PATH, GARMENTS))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("温州同行制衣有限公司"))
        .andExpect(jsonPath("$.entityType").value("enterprise"))
        .andExpect(jsonPath("$.legalPerson").value(true))
        .andExpect(jsonPath("$.regionCode").value("330302"))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.statusName").value("存续"))
        .andExpect(jsonPath("$.annualReports[?(@.year == 2025)].employeeCount").value(120));
  }

  @Test
  void shouldAnswerAnIndividualBusinessWithoutLegalPersonStatus() throws Exception {
    // when / then
    mvc.perform(get(PATH, SNACK_BAR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entityType").value("individual-business"))
        .andExpect(jsonPath("$.legalPerson").value(false));
  }

  @Test
  void shouldAnswerADeregisteredEnterprise() throws Exception {
    // when / then
    mvc.perform(get(PATH, DEREGISTERED))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DEREGISTERED"))
        .andExpect(jsonPath("$.closedOn").value("2025-06-30"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownCode() throws Exception {
    // when / then
    mvc.perform(get(PATH, "91330302MA2AP0BX3K"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:business-not-found"));
  }
}

package org.tongxing.sandbox.establishment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.FULLY_FUNDED_INSTITUTION;
import static org.tongxing.sandbox.WellKnownRecords.ORGAN;
import static org.tongxing.sandbox.WellKnownRecords.PARTLY_FUNDED_INSTITUTION;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class PublicBodyControllerTest {

  private static final String PATH = "/sandbox/establishment/public-bodies/{code}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldTellOrgansAndInstitutionsByTypeAndFunding() throws Exception {
    // when / then: what policy item 1.4 excludes, and what it does not
    mvc.perform(get(PATH, ORGAN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.bodyType").value("party-government-organ"))
        .andExpect(jsonPath("$.staffReports[?(@.year == 2025)].employeeCount").value(58));
    mvc.perform(get(PATH, FULLY_FUNDED_INSTITUTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.bodyType").value("public-institution"))
        .andExpect(jsonPath("$.fundingType").value("full"))
        .andExpect(jsonPath("$.fundingTypeName").value("全额拨款"));
    mvc.perform(get(PATH, PARTLY_FUNDED_INSTITUTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fundingType").value("partial"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownCode() throws Exception {
    // when / then
    mvc.perform(get(PATH, "11330302002607999X"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:public-body-not-found"));
  }
}

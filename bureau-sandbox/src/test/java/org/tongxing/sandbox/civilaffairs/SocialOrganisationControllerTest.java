package org.tongxing.sandbox.civilaffairs;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.SOCIAL_ORGANISATION;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class SocialOrganisationControllerTest {

  private static final String PATH = "/sandbox/civil-affairs/social-organisations/{code}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerARegisteredOrganisationWithItsStaff() throws Exception {
    // when / then
    mvc.perform(get(PATH, SOCIAL_ORGANISATION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisationType").value("private-non-enterprise"))
        .andExpect(jsonPath("$.annualReports[?(@.year == 2025)].employeeCount").value(15));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownCode() throws Exception {
    // when / then
    mvc.perform(get(PATH, "52330302MJ8765999X"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:social-organisation-not-found"));
  }
}

package org.tongxing.sandbox;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.faults.FaultInjector;

/** Every simulated system answers 503 problem JSON when a fault is injected for it, and only it. */
@SandboxWebTest
class SandboxOutageTest {

  @Autowired private MockMvc mvc;
  @Autowired private FaultInjector faults;

  @AfterEach
  void resetFaults() {
    faults.reset();
  }

  @ParameterizedTest
  @CsvSource({
    "public-security-households,"
        + " /sandbox/public-security/household-registrations/330302197804152112",
    "hrss-minimum-wages, /sandbox/hrss/minimum-wages?regionCode=330302&year=2025",
    "hrss-social-insurance, /sandbox/hrss/social-insurance-records/330302197804152112?year=2025",
    "market-business-registrations,"
        + " /sandbox/market-regulation/business-registrations/91330302MA2AP0BX6T",
    "establishment-public-bodies, /sandbox/establishment/public-bodies/11330302002607156L",
    "civil-affairs-low-income, /sandbox/civil-affairs/low-income-status/330302200503120015",
    "civil-affairs-social-organisations,"
        + " /sandbox/civil-affairs/social-organisations/52330302MJ8765437T",
    "education-enrolments,"
        + " /sandbox/education/enrolments?idNumber=330302200503120015&schoolYear=2025-2026",
    "education-exam-certificates, /sandbox/education/exam-certificates/ZK3301202506300157",
    "dpf-benefits, /sandbox/dpf/benefits/education-grant/330302200503120015/2024-2025"
  })
  void shouldAnswerUnavailableWhileAFaultIsInjectedForTheSystem(String system, String url)
      throws Exception {
    // given
    faults.configure(BureauSystem.fromCode(system), null, null, 1);

    // when / then
    mvc.perform(get(url))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"));
    mvc.perform(get(url)).andExpect(status().isOk());
  }
}

package org.tongxing.sandbox.publicsecurity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_JIANGUO;
import static org.tongxing.sandbox.WellKnownRecords.LIU_QIANG;
import static org.tongxing.sandbox.WellKnownRecords.NOBODY;
import static org.tongxing.sandbox.WellKnownRecords.SUN_DESHENG;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class HouseholdRegistrationControllerTest {

  private static final String PATH = "/sandbox/public-security/household-registrations/{idNumber}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerAnActiveRegistrationInWenzhou() throws Exception {
    // when / then
    mvc.perform(get(PATH, CHEN_JIANGUO))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("陈建国"))
        .andExpect(jsonPath("$.regionCode").value("330302"))
        .andExpect(jsonPath("$.regionName").value("浙江省温州市鹿城区"))
        .andExpect(jsonPath("$.birthDate").value("1978-04-15"))
        .andExpect(jsonPath("$.gender").value("male"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void shouldAnswerARegistrationInAnotherProvince() throws Exception {
    // given policy item 1.7: household registrations anywhere in China count

    // when / then
    mvc.perform(get(PATH, LIU_QIANG))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.regionCode").value("510107"))
        .andExpect(jsonPath("$.regionName").value("四川省成都市武侯区"))
        .andExpect(jsonPath("$.status").value("ACTIVE"));
  }

  @Test
  void shouldAnswerACancelledRegistrationWithItsReason() throws Exception {
    // when / then
    mvc.perform(get(PATH, SUN_DESHENG))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CANCELLED"))
        .andExpect(jsonPath("$.cancelledOn").value("2025-11-20"))
        .andExpect(jsonPath("$.cancellationReason").value("出国（境）定居，户口注销"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownIdNumber() throws Exception {
    // when / then
    mvc.perform(get(PATH, NOBODY))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.type").value("urn:tongxing:problem:household-registration-not-found"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a household registration for ID number '330302198001010019', but"
                        + " there is none"));
  }
}

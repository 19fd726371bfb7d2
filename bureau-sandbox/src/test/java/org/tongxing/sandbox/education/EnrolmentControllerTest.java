package org.tongxing.sandbox.education;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_SIYUAN;
import static org.tongxing.sandbox.WellKnownRecords.WANG_SIQI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class EnrolmentControllerTest {

  private static final String PATH = "/sandbox/education/enrolments";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerTheEnrolmentOfTheSchoolYear() throws Exception {
    // when / then
    mvc.perform(get(PATH).param("idNumber", CHEN_SIYUAN).param("schoolYear", "2025-2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schoolName").value("浙江工业大学"))
        .andExpect(jsonPath("$.level").value("bachelor"))
        .andExpect(jsonPath("$.grade").value("大学三年级"))
        .andExpect(jsonPath("$.status").value("enrolled"));
  }

  @Test
  void shouldAnswerProblemJsonForAYearWithoutEnrolment() throws Exception {
    // when / then
    mvc.perform(get(PATH).param("idNumber", WANG_SIQI).param("schoolYear", "2024-2025"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:enrolment-not-found"));
  }
}

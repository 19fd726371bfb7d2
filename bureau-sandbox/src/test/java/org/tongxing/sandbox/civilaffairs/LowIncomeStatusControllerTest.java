package org.tongxing.sandbox.civilaffairs;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_SIYUAN;
import static org.tongxing.sandbox.WellKnownRecords.NOBODY;
import static org.tongxing.sandbox.WellKnownRecords.WANG_SIQI;
import static org.tongxing.sandbox.WellKnownRecords.ZHU_YIFAN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class LowIncomeStatusControllerTest {

  private static final String PATH = "/sandbox/civil-affairs/low-income-status/{idNumber}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerSubsistenceAndMarginalHouseholdsWithTheirMembers() throws Exception {
    // when / then
    mvc.perform(get(PATH, CHEN_SIYUAN).param("on", "2025-09-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("subsistence"))
        .andExpect(jsonPath("$.statusName").value("低保"))
        .andExpect(jsonPath("$.regionCode").value("330302"))
        .andExpect(jsonPath("$.members[*].name", contains("林秀芳", "陈思远")));
    mvc.perform(get(PATH, WANG_SIQI).param("on", "2025-09-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("marginal"))
        .andExpect(jsonPath("$.statusName").value("低保边缘"))
        .andExpect(jsonPath("$.members[0].name").value("王海涛"));
  }

  @Test
  void shouldAnswerTheStatusOnTheDayAsked() throws Exception {
    // given 朱一凡's household received 低保 until the end of 2023

    // when / then
    mvc.perform(get(PATH, ZHU_YIFAN).param("on", "2023-06-01"))
        .andExpect(jsonPath("$.status").value("subsistence"));
    mvc.perform(get(PATH, ZHU_YIFAN).param("on", "2025-09-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("none"))
        .andExpect(jsonPath("$.householdId").doesNotExist());
  }

  @Test
  void shouldAnswerNoneForSomebodyNotOnFile() throws Exception {
    // when / then
    mvc.perform(get(PATH, NOBODY).param("on", "2025-09-01"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("none"))
        .andExpect(jsonPath("$.statusName").value("非低保、非低保边缘"));
  }
}

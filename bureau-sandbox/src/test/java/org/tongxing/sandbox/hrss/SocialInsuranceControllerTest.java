package org.tongxing.sandbox.hrss;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.sandbox.WellKnownRecords.BAMBOO;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_JIANGUO;
import static org.tongxing.sandbox.WellKnownRecords.CHEN_LIJUAN;
import static org.tongxing.sandbox.WellKnownRecords.GARMENTS;
import static org.tongxing.sandbox.WellKnownRecords.NOBODY;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class SocialInsuranceControllerTest {

  private static final String PATH = "/sandbox/hrss/social-insurance-records/{idNumber}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerTwelveInsuredMonthsWithTheWagesPaid() throws Exception {
    // when / then
    mvc.perform(get(PATH, CHEN_JIANGUO).param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("陈建国"))
        .andExpect(jsonPath("$.months", hasSize(12)))
        .andExpect(jsonPath("$.months[*].employerCreditCode", everyItem(is(GARMENTS))))
        .andExpect(jsonPath("$.months[*].wagePaid", everyItem(is(4000))));
  }

  @Test
  void shouldAnswerOnlyTheMonthsSomeoneWasInsured() throws Exception {
    // when / then: hired in May
    mvc.perform(get(PATH, CHEN_LIJUAN).param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.months[*].month", contains(5, 6, 7, 8, 9, 10, 11, 12)));
  }

  @Test
  void shouldAnswerAMonthWhoseWageDiffers() throws Exception {
    // when / then: 金卫东 was paid less in July
    mvc.perform(get(PATH, "330327198401267312").param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.months[6].month").value(7))
        .andExpect(jsonPath("$.months[6].employerCreditCode").value(BAMBOO))
        .andExpect(jsonPath("$.months[6].wagePaid").value(2500))
        .andExpect(jsonPath("$.months[5].wagePaid").value(3000));
  }

  @Test
  void shouldAnswerNoMonthsForSomebodyWithoutContributions() throws Exception {
    // when / then
    mvc.perform(get(PATH, NOBODY).param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.idNumber").value(NOBODY))
        .andExpect(jsonPath("$.months", hasSize(0)));
  }
}

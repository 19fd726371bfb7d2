package org.tongxing.sandbox.hrss;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class MinimumWageControllerTest {

  private static final String PATH = "/sandbox/hrss/minimum-wages";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerTheYearsStandardOfACountyByItsTier() throws Exception {
    // when / then: 鹿城区 is tier 1, 泰顺县 tier 3
    mvc.perform(get(PATH).param("regionCode", "330302").param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.countyName").value("鹿城区"))
        .andExpect(jsonPath("$.tier").value(1))
        .andExpect(jsonPath("$.tierName").value("一类"))
        .andExpect(jsonPath("$.monthlyMinimumWage").value(2280))
        .andExpect(jsonPath("$.months", hasSize(12)))
        .andExpect(jsonPath("$.months[*].monthlyMinimumWage", everyItem(is(2280))));
    mvc.perform(get(PATH).param("regionCode", "330329").param("year", "2025"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.countyName").value("泰顺县"))
        .andExpect(jsonPath("$.monthlyMinimumWage").value(1840));
  }

  @Test
  void shouldAnswerEachMonthsStandardInAYearOfChange() throws Exception {
    // given the standards of 2017-12-01 and 2021-08-01

    // when / then
    mvc.perform(get(PATH).param("regionCode", "330302").param("year", "2021"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.monthlyMinimumWage").value(2280))
        .andExpect(jsonPath("$.months[6].month").value(7))
        .andExpect(jsonPath("$.months[6].monthlyMinimumWage").value(2010))
        .andExpect(jsonPath("$.months[7].month").value(8))
        .andExpect(jsonPath("$.months[7].monthlyMinimumWage").value(2280))
        .andExpect(
            jsonPath("$.standards[*].validFrom")
                .value(org.hamcrest.Matchers.contains("2017-12-01", "2021-08-01")));
  }

  @Test
  void shouldAnswerNotFoundOutsideTheDataOnFile() throws Exception {
    // when / then
    mvc.perform(get(PATH).param("regionCode", "330100").param("year", "2025"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:minimum-wage-not-found"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a minimum wage standard for region '330100' in 2025, but HRSS has"
                        + " none"));
    mvc.perform(get(PATH).param("regionCode", "330302").param("year", "2027"))
        .andExpect(status().isNotFound());
    mvc.perform(get(PATH).param("regionCode", "330302").param("year", "2016"))
        .andExpect(status().isNotFound());
  }
}

package org.tongxing.sandbox.dpf.training;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class TrainingRecordControllerTest {

  /** 王小宇, autism, trained all of 2025 at 星语 (bureau-sandbox/README.md). */
  private static final String WANG_XIAOYU = "330302202005120310";

  private static final String XINGYU = "523303025490Q910KM";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerAChildsYearWithItsMonthsAndTotal() throws Exception {
    // when
    var result =
        mvc.perform(
            get("/sandbox/dpf/training-records")
                .param("year", "2025")
                .param("childIdNumber", WANG_XIAOYU)
                .param("institutionCreditCode", XINGYU));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].childName").value("王小宇"))
        .andExpect(jsonPath("$[0].childIdNumber").value("330302********0310"))
        .andExpect(jsonPath("$[0].certificateNumber").value("33030220200512031062"))
        .andExpect(jsonPath("$[0].monthsTrained").value(12))
        .andExpect(jsonPath("$[0].totalCost").value(42000))
        .andExpect(jsonPath("$[0].months[0].month").value("2025-01"))
        .andExpect(jsonPath("$[0].months[0].cost").value(3500));
  }

  @Test
  void shouldListTheChildrenAnInstitutionTrainedInAYear() throws Exception {
    // when
    var result =
        mvc.perform(
            get("/sandbox/dpf/training-records")
                .param("year", "2025")
                .param("institutionCreditCode", XINGYU));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].childName", hasItems("王小宇", "张浩然", "周子涵")));
  }

  @Test
  void shouldAnswerAnEmptyListForAYearWithoutTraining() throws Exception {
    // when / then
    mvc.perform(
            get("/sandbox/dpf/training-records")
                .param("year", "2019")
                .param("childIdNumber", WANG_XIAOYU))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void shouldRefuseAQueryWithoutChildOrInstitution() throws Exception {
    // when / then
    mvc.perform(get("/sandbox/dpf/training-records").param("year", "2025"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected childIdNumber or institutionCreditCode with year 2025, but got"
                        + " neither"));
    mvc.perform(get("/sandbox/dpf/training-records").param("childIdNumber", WANG_XIAOYU))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:invalid-request"));
  }
}

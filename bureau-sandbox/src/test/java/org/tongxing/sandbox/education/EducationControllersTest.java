package org.tongxing.sandbox.education;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class EducationControllersTest {

  /** 张浩然, 7 in April 2025, deferred by 鹿城区 (bureau-sandbox/README.md). */
  private static final String ZHANG_HAORAN = "330302201804150570";

  /** 王小宇, 5 in 2025: never assessed. */
  private static final String WANG_XIAOYU = "330302202005120310";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerTheDeferralCertificatesOfAChild() throws Exception {
    // when
    var result =
        mvc.perform(
            get("/sandbox/education/schooling-deferrals").param("childIdNumber", ZHANG_HAORAN));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].kind").value("deferral"))
        .andExpect(jsonPath("$[0].kindName").value("缓学证明"))
        .andExpect(jsonPath("$[0].issuingAuthority").value("温州市鹿城区教育局"))
        .andExpect(jsonPath("$[0].issuingCounty").value("lucheng"))
        .andExpect(jsonPath("$[0].validFrom").value("2024-09-01"))
        .andExpect(jsonPath("$[1].validUntil").value("2026-08-31"));
  }

  @Test
  void shouldAnswerTheCommitteesFinding() throws Exception {
    // when
    var result =
        mvc.perform(
            get("/sandbox/education/special-education-findings")
                .param("childIdNumber", ZHANG_HAORAN));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].committee").value("温州市鹿城区特殊儿童教育专业委员会"))
        .andExpect(jsonPath("$[0].conclusion").value("unfit"))
        .andExpect(jsonPath("$[0].conclusionName").value("不具备义务教育入学条件"));
  }

  @Test
  void shouldAnswerEmptyListsForAChildNeverAssessed() throws Exception {
    // when / then
    mvc.perform(
            get("/sandbox/education/special-education-findings")
                .param("childIdNumber", WANG_XIAOYU))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/sandbox/education/schooling-deferrals").param("childIdNumber", "33030X"))
        .andExpect(status().isBadRequest());
  }
}

package org.tongxing.sandbox.education;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class ExamCertificateControllerTest {

  private static final String PATH = "/sandbox/education/exam-certificates/{number}";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerASelfStudyCertificate() throws Exception {
    // when / then
    mvc.perform(get(PATH, "ZK3301202506300157"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.holderName").value("谢丽君"))
        .andExpect(jsonPath("$.holderIdNumber").value("330302199712254823"))
        .andExpect(jsonPath("$.examType").value("self-study"))
        .andExpect(jsonPath("$.level").value("bachelor"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownNumber() throws Exception {
    // when / then
    mvc.perform(get(PATH, "ZK3301202506309999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:exam-certificate-not-found"));
  }
}

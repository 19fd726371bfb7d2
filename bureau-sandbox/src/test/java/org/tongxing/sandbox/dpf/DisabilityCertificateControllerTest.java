package org.tongxing.sandbox.dpf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class DisabilityCertificateControllerTest {

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerAValidCertificate() throws Exception {
    // given a well-known valid certificate (see bureau-sandbox/README.md)
    String number = "33030219780415211242";

    // when
    var result = mvc.perform(get("/sandbox/dpf/disability-certificates/{n}", number));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.certificateNumber").value(number))
        .andExpect(jsonPath("$.holderName").value("陈建国"))
        .andExpect(jsonPath("$.idNumber").value("330302********2112"))
        .andExpect(jsonPath("$.disabilityCategory").value("physical"))
        .andExpect(jsonPath("$.disabilityCategoryName").value("肢体残疾"))
        .andExpect(jsonPath("$.disabilityLevel").value(2))
        .andExpect(jsonPath("$.disabilityLevelName").value("二级"))
        .andExpect(jsonPath("$.issuedOn").value("2019-06-12"))
        .andExpect(jsonPath("$.validUntil").value("2029-06-11"))
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.issuingAuthority").value("温州市鹿城区残疾人联合会"));
  }

  @Test
  void shouldAnswerExpiredAndRevokedCertificatesWithTheirStatus() throws Exception {
    // given
    String expired = "33030419820922391342";
    String revoked = "33032419760412861844";

    // when / then
    mvc.perform(get("/sandbox/dpf/disability-certificates/{n}", expired))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("EXPIRED"));
    mvc.perform(get("/sandbox/dpf/disability-certificates/{n}", revoked))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVOKED"));
  }

  @Test
  void shouldAnswerProblemJsonForAnUnknownNumber() throws Exception {
    // given
    String unknown = "33030219800101001944";

    // when
    var result = mvc.perform(get("/sandbox/dpf/disability-certificates/{n}", unknown));

    // then
    result
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:certificate-not-found"))
        .andExpect(jsonPath("$.title").value("查无此证 (certificate not found)"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected a disability certificate with number '33030219800101001944', but the"
                        + " DPF has none"));
  }
}

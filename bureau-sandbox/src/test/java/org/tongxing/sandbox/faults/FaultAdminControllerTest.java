package org.tongxing.sandbox.faults;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class FaultAdminControllerTest {

  private static final String VALID_CERTIFICATE = "33030219780415211242";

  @Autowired private MockMvc mvc;

  @AfterEach
  void resetFaults() throws Exception {
    mvc.perform(delete("/sandbox/admin/faults")).andExpect(status().isNoContent());
  }

  @Test
  void shouldFailTheNextRequestsThenAnswerAgain() throws Exception {
    // given
    putFaults("{\"system\": \"dpf-certificates\", \"failNext\": 2}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.failNext").value(2));

    // when / then
    lookUpCertificate().andExpect(status().isServiceUnavailable());
    lookUpCertificate()
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"))
        .andExpect(jsonPath("$.status").value(503));
    lookUpCertificate().andExpect(status().isOk());
  }

  @Test
  void shouldFailEveryRequestAtFailureRateOne() throws Exception {
    // given
    putFaults("{\"system\": \"dpf-certificates\", \"failureRate\": 1.0}")
        .andExpect(status().isOk());

    // when / then
    lookUpCertificate().andExpect(status().isServiceUnavailable());
    lookUpCertificate().andExpect(status().isServiceUnavailable());
  }

  @Test
  void shouldKeepOmittedValuesAndShowTheSettings() throws Exception {
    // given
    putFaults("{\"system\": \"dpf-certificates\", \"latencyMs\": 5}").andExpect(status().isOk());

    // when
    putFaults("{\"system\": \"dpf-certificates\", \"failNext\": 1}");

    // then
    mvc.perform(get("/sandbox/admin/faults"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$['dpf-certificates'].latencyMs").value(5))
        .andExpect(jsonPath("$['dpf-certificates'].failureRate").value(0.0))
        .andExpect(jsonPath("$['dpf-certificates'].failNext").value(1));
  }

  @Test
  void shouldAnswerAgainAfterReset() throws Exception {
    // given
    putFaults("{\"system\": \"dpf-certificates\", \"failureRate\": 1.0, \"failNext\": 5}");

    // when
    mvc.perform(delete("/sandbox/admin/faults")).andExpect(status().isNoContent());

    // then
    lookUpCertificate().andExpect(status().isOk());
    mvc.perform(get("/sandbox/admin/faults"))
        .andExpect(jsonPath("$['dpf-certificates'].failNext").value(0));
  }

  @Test
  void shouldRejectAnUnknownSystem() throws Exception {
    // when
    var result = putFaults("{\"system\": \"tax-records\", \"failNext\": 1}");

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    allOf(
                        startsWith("Expected system to be one of [dpf-certificates, "),
                        endsWith("], but was 'tax-records'"))));
  }

  @Test
  void shouldRejectAFailureRateAboveOne() throws Exception {
    // when
    var result = putFaults("{\"system\": \"dpf-certificates\", \"failureRate\": 1.5}");

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Expected failureRate between 0 and 1, but was 1.5"));
    lookUpCertificate().andExpect(status().isOk());
  }

  private ResultActions putFaults(String body) throws Exception {
    return mvc.perform(
        put("/sandbox/admin/faults").contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions lookUpCertificate() throws Exception {
    return mvc.perform(get("/sandbox/dpf/disability-certificates/{n}", VALID_CERTIFICATE));
  }
}

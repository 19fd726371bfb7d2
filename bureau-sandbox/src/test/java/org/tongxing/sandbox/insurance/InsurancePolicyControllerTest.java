package org.tongxing.sandbox.insurance;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class InsurancePolicyControllerTest {

  /** 温州市龙湾区小树苗儿童康复中心: both insurances in force (bureau-sandbox/README.md). */
  private static final String XIAOSHUMIAO = "52330303GNEETAFFXX";

  /** 文成县春芽儿童康复中心: liability lapsed, no accident insurance. */
  private static final String CHUNYA = "52330328AL5KB5A8AB";

  @Autowired private MockMvc mvc;

  @AfterEach
  void resetFaults() throws Exception {
    mvc.perform(delete("/sandbox/admin/faults"));
  }

  @Test
  void shouldAnswerBothKindsOfPolicy() throws Exception {
    // when / then
    mvc.perform(get("/sandbox/insurance/policies").param("insuredCreditCode", XIAOSHUMIAO))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind", hasItems("institution-liability", "child-accident")))
        .andExpect(jsonPath("$[0].kindName").value("机构责任保险"))
        .andExpect(jsonPath("$[0].sumInsured").value(2000000))
        .andExpect(jsonPath("$[?(@.kind == 'child-accident')].insuredChildren", everyItem(is(20))));
    mvc.perform(get("/sandbox/insurance/policies").param("insuredCreditCode", CHUNYA))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].validUntil").value("2026-02-28"));
  }

  @Test
  void shouldFailWhenAFaultIsInjectedForInsurance() throws Exception {
    // given
    mvc.perform(
            put("/sandbox/admin/faults")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"system\": \"insurance-policies\", \"failNext\": 1}"))
        .andExpect(status().isOk());

    // when / then
    mvc.perform(get("/sandbox/insurance/policies").param("insuredCreditCode", XIAOSHUMIAO))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:bureau-unavailable"));
    mvc.perform(get("/sandbox/insurance/policies").param("insuredCreditCode", XIAOSHUMIAO))
        .andExpect(status().isOk());
  }
}

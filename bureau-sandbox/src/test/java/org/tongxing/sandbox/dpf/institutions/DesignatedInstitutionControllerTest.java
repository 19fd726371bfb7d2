package org.tongxing.sandbox.dpf.institutions;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongxing.sandbox.SandboxWebTest;

@SandboxWebTest
class DesignatedInstitutionControllerTest {

  /** 温州市鹿城区星语儿童康复中心: private, designated (bureau-sandbox/README.md). */
  private static final String XINGYU = "523303025490Q910KM";

  /** 永嘉县蓓蕾儿童康复中心: suspended. */
  private static final String BEILEI = "52330324GA7D1RDG71";

  /** 泰顺县同心康复服务有限公司: deregistered, never designated. */
  private static final String TONGXIN = "91330329WB0RPHCU1R";

  /** 文成县春芽儿童康复中心: a legal person, never designated; these tests admit it. */
  private static final String CHUNYA = "52330328AL5KB5A8AB";

  @Autowired private MockMvc mvc;

  @Test
  void shouldAnswerADesignatedInstitutionWithItsAgreementAndPayee() throws Exception {
    // when
    var result = mvc.perform(get("/sandbox/dpf/designated-institutions/{code}", XINGYU));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("温州市鹿城区星语儿童康复中心"))
        .andExpect(jsonPath("$.ownership").value("private"))
        .andExpect(jsonPath("$.ownershipName").value("民办"))
        .andExpect(jsonPath("$.status").value("DESIGNATED"))
        .andExpect(jsonPath("$.statusName").value("定点中"))
        .andExpect(jsonPath("$.managingDepartment").value("education"))
        .andExpect(jsonPath("$.agreement.agreementNumber").value("WZKF-2021-004"))
        .andExpect(jsonPath("$.payee.accountNumber").isString())
        .andExpect(jsonPath("$.history[0].kind").value("ADMIT"));
  }

  @Test
  void shouldAnswerProblemJsonForAnInstitutionNotOnFile() throws Exception {
    // when
    var result = mvc.perform(get("/sandbox/dpf/designated-institutions/{code}", TONGXIN));

    // then
    result
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:institution-not-found"));
  }

  @Test
  void shouldRefuseAMalformedCreditCode() throws Exception {
    // when
    var result = mvc.perform(get("/sandbox/dpf/designated-institutions/{code}", "12345"));

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected creditCode to be an 18-character unified social credit code, but"
                        + " was '12345'"));
  }

  @Test
  void shouldListThePrivateInstitutionsByStatus() throws Exception {
    // when
    var result =
        mvc.perform(
            get("/sandbox/dpf/designated-institutions")
                .param("ownership", "private")
                .param("status", "SUSPENDED"));

    // then
    result
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].unifiedSocialCreditCode", hasItem(BEILEI)))
        .andExpect(jsonPath("$[*].ownership", everyItem(is("private"))))
        .andExpect(jsonPath("$[*].status", everyItem(is("SUSPENDED"))));
  }

  @Test
  void shouldAdmitSuspendAndReadmitAnInstitutionOnceEachDecision() throws Exception {
    // when
    decide(
            """
            {"decisionId": "ZR-TEST-1-ADMIT", "kind": "ADMIT", "effectiveOn": "2026-07-01",
             "reason": "准入", "policyClause": "item 5.1", "caseId": "ZR-TEST-1",
             "institution": {"name": "文成县春芽儿童康复中心", "ownership": "private",
               "legalPersonType": "private-non-enterprise", "county": "wencheng",
               "managingDepartment": "education", "services": ["speech"],
               "payee": {"accountName": "文成县春芽儿童康复中心",
                 "accountNumber": "6228480123456789012", "bankName": "文成县农商银行"}},
             "agreement": {"agreementNumber": "WZKF-2026-101", "validFrom": "2026-07-01",
               "validUntil": "2027-06-30"}}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DESIGNATED"))
        .andExpect(jsonPath("$.designatedOn").value("2026-07-01"));
    String suspension =
        """
        {"decisionId": "ZR-TEST-1-SUSPEND-1", "kind": "SUSPEND", "effectiveOn": "2026-09-01",
         "reason": "收费不规范", "policyClause": "item 5.2", "caseId": "ZR-TEST-1"}
        """;
    decide(suspension).andExpect(jsonPath("$.status").value("SUSPENDED"));

    // then the same decision again changes nothing, and readmission needs a suspension
    decide(suspension)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.history.length()").value(2));
    decide(
            """
            {"decisionId": "ZR-TEST-1-READMIT-1", "kind": "READMIT", "effectiveOn": "2026-10-08",
             "reason": "整改完成", "policyClause": "item 5.1", "caseId": "ZR-TEST-1"}
            """)
        .andExpect(jsonPath("$.status").value("DESIGNATED"))
        .andExpect(jsonPath("$.statusReason").value("整改完成"));
    decide(
            """
            {"decisionId": "ZR-TEST-1-READMIT-2", "kind": "READMIT", "effectiveOn": "2026-10-09",
             "reason": "again", "policyClause": "item 5.1", "caseId": "ZR-TEST-1"}
            """)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:tongxing:problem:record-conflict"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected institution 52330328AL5KB5A8AB to be [SUSPENDED] for decision"
                        + " ZR-TEST-1-READMIT-2 (READMIT), but it is DESIGNATED"));
  }

  @Test
  void shouldRefuseADecisionWithoutItsReason() throws Exception {
    // when
    var result =
        decide(
            """
            {"decisionId": "ZR-TEST-2-EXIT", "kind": "EXIT", "effectiveOn": "2026-07-01"}
            """);

    // then
    result
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "Expected reason in the EXIT decision for institution 52330328AL5KB5A8AB, but"
                        + " it was missing"));
  }

  private ResultActions decide(String body) throws Exception {
    return mvc.perform(
        post("/sandbox/dpf/designated-institutions/{code}/decisions", CHUNYA)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}

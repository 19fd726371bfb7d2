package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tongxing.app.paths.PetitionCases.PETITION_HANDLING;
import static org.tongxing.app.paths.PetitionCases.petition;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import io.camunda.client.api.search.response.UserTask;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy item 10.2 (扩大残疾人享受法律援助的范围) end to end: a petition that involves a legal dispute is
 * referred to the Justice Bureau, whose legal aid system (the sandbox) takes the application, and
 * whose agency decides within 7 days (法律援助法 第四十三条); and what happens when that system is down.
 */
@TongxingAppTest
class PetitionLegalAidPathTest {

  private static final String JOB_APPLY = "justice-apply-legal-aid";

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;

  @BeforeEach
  void openCases() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
  }

  @AfterEach
  void closeCases() {
    sandbox.resetFaults();
    cases.cancelRunning();
    cases.resetClock();
  }

  @Test
  void shouldReferALegalDisputeToJusticeAndTellThePetitionerTheDecision() throws Exception {
    // given a petition accepted on Wednesday 2026-09-16 and referred for legal aid
    long petition = referredForLegalAid(Map.of());

    // then the application is filed on the petitioner's behalf, without an economic check for
    // his valid disability certificate, and Justice decides within 7 days: by 09-23
    long legalAid = cases.awaitCalledInstance(petition, "petition-legal-aid");
    UserTask decision = cases.awaitTask(legalAid, "Task_DecideLegalAid");
    assertThat(decision.getCandidateGroups()).containsExactly("justice");
    assertThat(decision.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-09-23T23:59:59+08:00"));
    assertThat(decision.getFollowUpDate())
        .isEqualTo(OffsetDateTime.parse("2026-09-21T09:00:00+08:00"));
    var variables = cases.variables(legalAid);
    String applicationNumber = variables.get("legalAidApplicationNumber").asText();
    assertThat(applicationNumber).matches("FY-\\d{4}-\\d{6}");
    assertThat(variables.get("legalAidEconomicCheckExempt").asBoolean()).isTrue();
    assertThat(variables.get("legalAidExemptionReason").asText()).contains("法律援助法 第四十二条");

    // and the petition itself is handled beside it
    cases.awaitTask(petition, "Task_HandlePetition");

    // when legal aid is granted
    cases.complete(
        decision, Map.of("legalAidVerdict", "GRANTED", "legalAidProvider", "温州市法律援助中心 周律师"));

    // then the Justice system has the decision, the petitioner is told, the case records it
    assertThat(cases.awaitNotice(legalAid, "Task_NotifyLegalAidDecision"))
        .containsEntry("subject", "法律援助审查决定告知书")
        .containsEntry("policyClause", "item 10.2; 法律援助法 第四十三条")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text).contains(applicationNumber, "决定给予法律援助，由温州市法律援助中心 周律师承办"));
    assertThat(cases.awaitEnded(legalAid)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.awaitVariable(petition, "legalAidStatus").asText()).isEqualTo("GRANTED");
    JsonNode recorded = sandbox.legalAidApplication(applicationNumber);
    assertThat(recorded.path("status").asText()).isEqualTo("GRANTED");
    assertThat(recorded.path("referenceId").asText())
        .isEqualTo(cases.variables(petition).get("petitionNumber").asText() + "-legal-aid");
  }

  @Test
  void shouldRequireTheReasonOfARefusalAndTellIt() {
    // given
    long legalAid = cases.awaitCalledInstance(referredForLegalAid(Map.of()), "petition-legal-aid");

    // when refused without a reason, then with one
    cases.complete(
        cases.awaitTask(legalAid, "Task_DecideLegalAid"), Map.of("legalAidVerdict", "REFUSED"));
    UserTask again = cases.awaitTask(legalAid, "Task_DecideLegalAid");
    assertThat(cases.awaitVariable(legalAid, "legalAidDecisionRefusal").asText())
        .contains("须写明不少于5字的理由", "法律援助法 第四十三条");
    cases.complete(
        again, Map.of("legalAidVerdict", "REFUSED", "legalAidReason", "所涉事项已超过诉讼时效，不属于法律援助范围"));

    // then
    assertThat(cases.awaitNoticeText(legalAid, "Task_NotifyLegalAidDecision"))
        .contains("决定不给予法律援助。理由：所涉事项已超过诉讼时效，不属于法律援助范围");
    assertThat(cases.awaitEnded(legalAid)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldTellThePetitionerWhenTheApplicationCannotBeFiled() {
    // given a petitioner whose ID number was not taken at intake
    Map<String, Object> petitioner = new HashMap<>();
    petitioner.put("name", "林晓燕");
    petitioner.put("mobile", "13905770002");
    petitioner.put("address", "温州市鹿城区南汇街道");
    petitioner.put("county", "lucheng");

    // when referred for legal aid
    long petition = referredForLegalAid(Map.of("petitioner", petitioner));

    // then the Justice system refuses the incomplete application, and she is told why and where
    long legalAid = cases.awaitCalledInstance(petition, "petition-legal-aid");
    assertThat(cases.awaitNotice(legalAid, "Task_NotifyLegalAidNotFiled"))
        .containsEntry("recipientName", "林晓燕")
        .hasEntrySatisfying(
            "text",
            text ->
                assertThat((String) text)
                    .contains("申请未能提交", "applicant.idNumber must be an 18-character ID number"));
    assertThat(cases.awaitEnded(legalAid)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(cases.completed(legalAid))
        .contains("BoundaryEvent_ApplicationIncomplete", "EndEvent_LegalAidNotFiled");
    assertThat(cases.awaitVariable(petition, "legalAidStatus").asText()).isEqualTo("NOT_FILED");
    cases.awaitTask(petition, "Task_HandlePetition");
  }

  @Test
  void shouldRetryWhileTheJusticeSystemIsDownAndGoOnOnceTheIncidentIsResolved() {
    // given the legal aid system fails its next three requests
    sandbox.failNext("justice-legal-aid", 3);

    // when a petition is referred for legal aid
    long legalAid = cases.awaitCalledInstance(referredForLegalAid(Map.of()), "petition-legal-aid");

    // then the job fails, and is retried after its back-off of 10 s (engine time)
    Job failed = awaitApplyJob(legalAid, 2);
    assertThat(failed.getErrorMessage()).contains("503", "/sandbox/justice/legal-aid-applications");
    cases.pinClock("2026-09-16T10:00:15+08:00");
    awaitApplyJob(legalAid, 1);
    cases.pinClock("2026-09-16T10:00:30+08:00");

    // and once no retry is left, an incident names the failure
    Incident incident = cases.awaitIncident(legalAid);
    assertThat(incident.getElementId()).isEqualTo("Task_ApplyForLegalAid");
    assertThat(incident.getErrorMessage()).contains("/sandbox/justice/legal-aid-applications");

    // when the system is back, and an operator gives the job a retry and resolves the incident
    sandbox.resetFaults();
    cases.retry(incident);

    // then the application is filed and Justice decides
    UserTask decision = cases.awaitTask(legalAid, "Task_DecideLegalAid");
    assertThat(decision.getCandidateGroups()).containsExactly("justice");
    assertThat(cases.variables(legalAid).get("legalAidApplicationNumber").asText())
        .startsWith("FY-");
  }

  /** Received 2026-09-14, accepted and referred to Justice on 09-16 10:00, assigned to 鹿城区. */
  private long referredForLegalAid(Map<String, Object> changes) {
    cases.pinClock("2026-09-14T09:30:00+08:00");
    Map<String, Object> dispute = new HashMap<>();
    dispute.put("petitionSummary", "用人单位拖欠残疾职工工资");
    dispute.put("petitionContent", "本人在某制衣公司工作，单位拖欠工资三个月共计一万二千元，多次协商未果，请求帮助追讨。");
    dispute.putAll(changes);
    long petition = cases.start(PETITION_HANDLING, petition(dispute));
    cases.pinClock("2026-09-16T10:00:00+08:00");
    cases.complete(
        cases.awaitTask(petition, "Task_DecideAcceptance"),
        Map.of(
            "acceptanceDecision", "accept",
            "acceptanceReason", "属于本市职权范围，依法受理；涉及劳动报酬纠纷",
            "legalAidReferral", true));
    cases.complete(
        cases.awaitTask(petition, "Task_AssignPetition"), Map.of("assignedTo", "county-lucheng"));
    return petition;
  }

  private Job awaitApplyJob(long legalAid, int retries) {
    return await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () ->
                client
                    .newJobSearchRequest()
                    .filter(f -> f.processInstanceKey(legalAid).type(JOB_APPLY))
                    .send()
                    .join()
                    .items(),
            jobs -> jobs.size() == 1 && jobs.get(0).getRetries() == retries)
        .get(0);
  }
}

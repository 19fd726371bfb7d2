package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.app.paths.CaseDriver.assertCandidateGroups;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.workers.rehabilitation.InstitutionReference;
import org.tongxing.workers.rehabilitation.institution.CheckDesignatedInstitutionInput;
import org.tongxing.workers.rehabilitation.institution.CheckDesignatedInstitutionWorker;

/**
 * Policy items 5.1 and 5.2 end to end through the official client: an institution applies, the
 * app's workers read its legal-person status, licence, registry standing and insurance from the
 * bureau sandbox, the DMN table decides admission and the managing department, the DPF, health,
 * education and market regulation decide, and the DPF's registry records what the process decided:
 * admission, the yearly review, suspension, re-admission and exit. The clock is pinned to
 * 2026-07-01 09:00 (Asia/Shanghai), the day the applications come in, unless a test says otherwise.
 * Institutions are the well-known records of bureau-sandbox/README.md, one per test.
 */
@RehabilitationPathTest
class InstitutionAccreditationPathTest {

  private static final String PROCESS_ID = "institution-accreditation";
  private static final Instant APPLICATION_DAY = Instant.parse("2026-07-01T01:00:00Z");
  private static final Instant FIRST_REVIEW_DAY = Instant.parse("2027-07-01T01:05:00Z");

  @Autowired CamundaClient client;
  @Autowired CheckDesignatedInstitutionWorker designatedInstitutions;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;
  private String applicationId;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
    applicationId = "ZR-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    cases.pinClock(APPLICATION_DAY);
  }

  @AfterEach
  void tearDown() {
    sandbox.resetFaults();
    cases.resetClock();
  }

  @Test
  void shouldAdmitAnEducationManagedInstitutionAndRecordItInTheRegistry() {
    // given 温州市龙湾区小树苗儿童康复中心: 民办非企业单位 since 2023, no medical licence, insured
    String code = "52330303GNEETAFFXX";
    long instanceKey = apply("温州市龙湾区小树苗儿童康复中心", code, "longwan", null);

    // when the DPF passes the documents
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewDocuments");
    assertCandidateGroups(review, "dpf");
    JsonNode admission = cases.variables(instanceKey).get("admission");
    assertThat(admission.get("admissible").asBoolean()).isTrue();
    assertThat(admission.get("managingDepartment").asText()).isEqualTo("education");
    // (the case belongs to the institution's county, which monitoring filters by)
    assertThat(cases.awaitVariable(instanceKey, "county").asText()).isEqualTo("longwan");
    passDocuments(instanceKey);

    // and health, education and market regulation pass their checks, in parallel
    assertCandidateGroups(cases.awaitTask(instanceKey, "Task_InspectHealth"), "health");
    assertCandidateGroups(cases.awaitTask(instanceKey, "Task_InspectEducation"), "education");
    assertCandidateGroups(cases.awaitTask(instanceKey, "Task_CheckFees"), "market-regulation");
    passInspections(instanceKey);

    // and the DPF signs the agreement
    signAgreement(instanceKey, "WZKF-2026-301");

    // then the registry has the institution designated, and the child subsidy sees it
    cases.awaitSubscription(instanceKey, "institution-suspension");
    JsonNode registered = sandbox.designatedInstitution(code);
    assertThat(registered.get("status").asText()).isEqualTo("DESIGNATED");
    assertThat(registered.get("managingDepartment").asText()).isEqualTo("education");
    assertThat(registered.get("agreement").get("agreementNumber").asText())
        .isEqualTo("WZKF-2026-301");
    assertThat(registered.get("agreement").get("validUntil").asText()).isEqualTo("2027-06-30");
    assertThat(registered.get("services")).hasSize(2);
    assertThat(registered.get("history").get(0).get("caseId").asText()).isEqualTo(applicationId);
    assertThat(standing(code).inGoodStanding()).isTrue();
    JsonNode insurance = cases.variables(instanceKey).get("insurance");
    assertThat(insurance.get("allInForce").asBoolean()).isTrue();
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(
            notice ->
                assertThat((String) notice.get("text"))
                    .contains("已通过，定点服务协议WZKF-2026-301（2026-07-01至2027-06-30），管理部门：市教育局"));
  }

  @Test
  void shouldPlaceALicensedInstitutionUnderHealthAndRenewItsAgreementAtTheYearlyReview() {
    // given 温州瓯海启航康复门诊部有限公司 holds a medical institution licence
    String code = "91330304YB874APDEY";
    long instanceKey =
        admit("温州瓯海启航康复门诊部有限公司", code, "ouhai", "PDY10000548330304A1004", "WZKF-2026-302");
    assertThat(sandbox.designatedInstitution(code).get("managingDepartment").asText())
        .isEqualTo("health");

    // when a year passes
    cases.pinClock(FIRST_REVIEW_DAY);

    // then the health commission gives its opinion and the DPF renews
    long review = cases.awaitCalledInstance(instanceKey, "institution-annual-review");
    UserTask opinion = cases.awaitTask(review, "Task_DepartmentOpinion");
    assertCandidateGroups(opinion, "health");
    assertThat(cases.variables(review).get("insurance").get("allInForce").asBoolean()).isTrue();
    assertThat(cases.variables(review).get("medicalLicence").get("held").asBoolean()).isTrue();
    cases.complete(
        review,
        "Task_DepartmentOpinion",
        Map.of("departmentOpinion", "pass", "departmentOpinionComment", "年度执业检查合格"));
    cases.complete(
        review,
        "Task_EvaluateInstitution",
        Map.of("annualReviewDecision", "renew", "annualReviewComment", "年度考核合格"));
    await(() -> "2028-06-30".equals(agreementUntil(code)), "the agreement renewed");
    JsonNode registered = sandbox.designatedInstitution(code);
    assertThat(registered.get("status").asText()).isEqualTo("DESIGNATED");
    assertThat(registered.get("lastReviewedOn").asText()).isEqualTo("2027-07-01");
    assertThat(registered.get("history").get(1).get("kind").asText()).isEqualTo("RENEW");
    cases.awaitSubscription(instanceKey, "institution-suspension");
  }

  @Test
  void shouldRejectAnInstitutionOpenForLessThanAYear() {
    // given 温州市洞头区海星儿童康复中心 was registered on 2026-01-15
    long instanceKey = apply("温州市洞头区海星儿童康复中心", "523303052UNE06G2KT", "dongtou", null);

    // when the DPF passes the documents anyway
    cases.awaitTask(instanceKey, "Task_ReviewDocuments");
    JsonNode admission = cases.variables(instanceKey).get("admission");
    passDocuments(instanceKey);

    // then item 5.2's one year decides
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(admission.get("admissible").asBoolean()).isFalse();
    assertThat(admission.get("reason").asText()).isEqualTo("开办不满1年");
    assertThat(admission.get("policyClause").asText()).isEqualTo("item 5.2");
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_Rejected");
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(notice -> assertThat((String) notice.get("text")).contains("未获通过：开办不满1年"));
  }

  @Test
  void shouldRejectAnApplicantWithoutALegalPersonRegistration() {
    // when
    long instanceKey = apply("温州市某某康复服务部", "91330302MA2AP0BX3K", "lucheng", null);

    // then the BPMN error ends the checks and the case, without a review
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_Rejected");
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(notice -> assertThat((String) notice.get("text")).contains("查无法人登记"));
  }

  @Test
  void shouldReturnTheDocumentsForCorrectionAndCheckThemAgain() {
    // given
    long instanceKey = apply("泰顺县同心康复服务有限公司", "91330329WB0RPHCU1R", "taishun", null);
    cases.complete(
        instanceKey,
        "Task_ReviewDocuments",
        Map.of(
            "documentDecision",
            "return",
            "documentComment",
            "法人登记状态存疑",
            "correctionRequest",
            "请提供法人登记机关出具的存续证明。"));

    // when the institution sends its correction
    cases.awaitSubscription(instanceKey, "institution-accreditation-corrected");
    cases.publish(
        "institution-accreditation-corrected", applicationId, Map.of("correctionNote", "已补充"));

    // then the checks run again and the DPF reviews again
    UserTask again = cases.awaitTask(instanceKey, "Task_ReviewDocuments");
    assertCandidateGroups(again, "dpf");
    assertThat(cases.variables(instanceKey).get("legalPerson").get("statusName").asText())
        .isEqualTo("注销");
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(
            notice -> assertThat((String) notice.get("text")).contains("需补正：请提供法人登记机关出具的存续证明。"));
  }

  @Test
  void shouldRectifyAFailedInspectionThenExitAtTheYearlyReview() {
    // given 温州市鹿城区晨曦儿童康复中心 fails the health inspection
    String code = "52330302UGB4EP6QJQ";
    long instanceKey = apply("温州市鹿城区晨曦儿童康复中心", code, "lucheng", null);
    passDocuments(instanceKey);
    cases.complete(
        instanceKey,
        "Task_InspectHealth",
        Map.of(
            "healthInspectionResult",
            "fail",
            "healthInspectionFindings",
            "消毒记录不全",
            "healthInspectedOn",
            "2026-07-03"));
    cases.complete(
        instanceKey,
        "Task_InspectEducation",
        Map.of(
            "educationInspectionResult",
            "pass",
            "educationInspectionFindings",
            "师资达标",
            "educationInspectedOn",
            "2026-07-03"));
    cases.complete(
        instanceKey, "Task_CheckFees", Map.of("feeCheckResult", "pass", "feeCheckFindings", "已公示"));

    // when the DPF orders rectification and the institution reports it done
    cases.complete(
        instanceKey,
        "Task_DecideAfterInspection",
        Map.of("inspectionDecision", "rectify", "inspectionDecisionComment", "完善消毒记录"));
    cases.awaitSubscription(instanceKey, "institution-rectified");
    cases.publish("institution-rectified", applicationId, Map.of());

    // then all three inspect again, and it is admitted
    passInspections(instanceKey);
    signAgreement(instanceKey, "WZKF-2026-303");
    cases.awaitSubscription(instanceKey, "institution-suspension");
    assertThat(sandbox.designatedInstitution(code).get("status").asText()).isEqualTo("DESIGNATED");

    // when the yearly review fails it
    cases.pinClock(FIRST_REVIEW_DAY);
    long review = cases.awaitCalledInstance(instanceKey, "institution-annual-review");
    assertCandidateGroups(cases.awaitTask(review, "Task_DepartmentOpinion"), "education");
    cases.complete(
        review,
        "Task_DepartmentOpinion",
        Map.of("departmentOpinion", "fail", "departmentOpinionComment", "全年投诉三起，整改不力"));
    cases.complete(
        review,
        "Task_EvaluateInstitution",
        Map.of("annualReviewDecision", "exit", "annualReviewComment", "年度考核不合格"));

    // then it leaves the scheme (动态退出): the registry and the child subsidy see it
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_Exited");
    JsonNode registered = sandbox.designatedInstitution(code);
    assertThat(registered.get("status").asText()).isEqualTo("EXITED");
    assertThat(registered.get("statusReason").asText()).isEqualTo("年度考核不合格，动态退出：年度考核不合格");
    assertThat(registered.get("exitedOn").asText()).isEqualTo("2027-07-01");
    assertThat(standing(code).inGoodStanding()).isFalse();
  }

  @Test
  void shouldAskForTheMissingInsuranceAndCloseTheApplicationWhenNoneComes() {
    // given 文成县春芽儿童康复中心's liability insurance lapsed on 2026-02-28
    long instanceKey = apply("文成县春芽儿童康复中心", "52330328AL5KB5A8AB", "wencheng", null);
    passDocuments(instanceKey);
    passInspections(instanceKey);

    // when the institution is asked for the policies and sends none in 30 days
    cases.awaitSubscription(instanceKey, "institution-insurance-updated");
    assertThat(cases.variables(instanceKey).get("insurance").get("reason").asText())
        .isEqualTo("未投保在保险期间内的机构责任保险；未投保在保险期间内的在训儿童意外伤害保险");
    cases.pinClock(APPLICATION_DAY.plus(java.time.Duration.ofDays(30)).plusSeconds(60));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_Closed");
    assertThat(sandbox.notices(applicationId))
        .extracting(notice -> notice.get("subject"))
        .containsExactly("定点康复机构准入需补办保险", "定点康复机构准入申请已终止");
  }

  @Test
  void shouldSuspendReadmitAndLetTheInstitutionWithdraw() {
    // given 龙港市向日葵儿童康复中心 is designated
    String code = "52330383QNA2UA1XBU";
    long instanceKey = admit("龙港市向日葵儿童康复中心", code, "longgang", null, "WZKF-2026-304");

    // when the DPF suspends it
    cases.publish(
        "institution-suspension",
        code,
        Map.of("suspensionNoticeNumber", "ZT-2026-018", "suspensionReason", "收费未按公示标准执行"));

    // then the registry and the child subsidy see the suspension
    await(
        () -> "SUSPENDED".equals(sandbox.designatedInstitution(code).get("status").asText()),
        "suspended");
    assertThat(standing(code).reason()).isEqualTo("该机构已暂停定点：收费未按公示标准执行");
    assertThat(cases.variables(instanceKey).get("suspensionEndsAt").asText())
        .startsWith("2027-01-01T09:00");

    // when it reports its rectification and the DPF re-admits it
    cases.awaitSubscription(instanceKey, "institution-rectification-reported");
    cases.publish(
        "institution-rectification-reported",
        code,
        Map.of("rectificationReport", "已退还多收费用并重新公示收费标准"));
    UserTask readmission = cases.awaitTask(instanceKey, "Task_ReviewReadmission");
    assertCandidateGroups(readmission, "dpf");
    cases.complete(
        instanceKey,
        "Task_ReviewReadmission",
        Map.of("readmissionDecision", "readmit", "readmissionComment", "整改到位"));

    // then it is designated again
    await(
        () -> "DESIGNATED".equals(sandbox.designatedInstitution(code).get("status").asText()),
        "readmitted");
    assertThat(standing(code).inGoodStanding()).isTrue();

    // when it withdraws
    cases.awaitSubscription(instanceKey, "institution-withdrawal");
    cases.publish("institution-withdrawal", code, Map.of("withdrawalReason", "机构搬迁，停止开展康复服务"));

    // then its exit is recorded
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    JsonNode registered = sandbox.designatedInstitution(code);
    assertThat(registered.get("status").asText()).isEqualTo("EXITED");
    assertThat(registered.get("statusReason").asText()).isEqualTo("机构申请退出定点：机构搬迁，停止开展康复服务");
    assertThat(registered.get("history"))
        .extracting(entry -> entry.get("kind").asText())
        .containsExactly("ADMIT", "SUSPEND", "READMIT", "EXIT");
  }

  @Test
  void shouldRaiseAnIncidentWhileTheLegalPersonRegistryIsDownAndGoOnOnceResolved() {
    // given the real clock, so that the retries' back-off passes, and a registry failing every try
    cases.resetClock();
    sandbox.failNext("health-legal-persons", 3);
    long instanceKey = apply("泰顺县同心康复服务有限公司", "91330329WB0RPHCU1R", "taishun", null);

    // when
    Incident incident = cases.awaitIncident(instanceKey);

    // then
    assertThat(incident.getElementId()).isEqualTo("Task_CheckLegalPersonStatus");
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage())
        .contains(
            "from GET http://localhost:",
            "/sandbox/health/legal-persons/",
            "but got 503 SERVICE_UNAVAILABLE");

    // when it is back and an operator retries
    sandbox.resetFaults();
    cases.retry(incident);

    // then the case reaches the DPF's review
    cases.awaitTask(instanceKey, "Task_ReviewDocuments");
    assertThat(cases.variables(instanceKey).get("admission").get("reason").asText())
        .isEqualTo("法人登记已注销或吊销，不具备法人资格");
  }

  private long admit(String name, String code, String county, String licence, String agreement) {
    long instanceKey = apply(name, code, county, licence);
    passDocuments(instanceKey);
    passInspections(instanceKey);
    signAgreement(instanceKey, agreement);
    cases.awaitSubscription(instanceKey, "institution-suspension");
    return instanceKey;
  }

  private long apply(String name, String code, String county, String licence) {
    Map<String, Object> institution = new LinkedHashMap<>();
    institution.put("name", name);
    institution.put("unifiedSocialCreditCode", code);
    institution.put("ownership", "private");
    institution.put("county", county);
    institution.put("address", "温州市" + county + "某路1号");
    institution.put("medicalLicenceNumber", licence);
    institution.put("services", Map.of("speech", true, "autism", true, "visual", false));
    institution.put("capacity", 30);
    institution.put("rehabilitationStaff", 8);
    institution.put("monthlyFee", 3200);
    institution.put("contact", Map.of("name", "陈老师", "mobile", "13605771234"));
    institution.put(
        "payee",
        Map.of("accountName", name, "accountNumber", "6228480328001234567", "bankName", "温州银行"));
    return cases.start(
        PROCESS_ID, Map.of("applicationId", applicationId, "institution", institution));
  }

  private void passDocuments(long instanceKey) {
    cases.complete(
        instanceKey,
        "Task_ReviewDocuments",
        Map.of("documentDecision", "pass", "documentComment", "材料齐全"));
  }

  private void passInspections(long instanceKey) {
    cases.complete(
        instanceKey,
        "Task_InspectHealth",
        Map.of(
            "healthInspectionResult",
            "pass",
            "healthInspectionFindings",
            "符合要求",
            "healthInspectedOn",
            "2026-07-08"));
    cases.complete(
        instanceKey,
        "Task_InspectEducation",
        Map.of(
            "educationInspectionResult",
            "pass",
            "educationInspectionFindings",
            "符合要求",
            "educationInspectedOn",
            "2026-07-08"));
    cases.complete(
        instanceKey,
        "Task_CheckFees",
        Map.of("feeCheckResult", "pass", "feeCheckFindings", "收费已公示"));
  }

  private void signAgreement(long instanceKey, String agreementNumber) {
    cases.complete(
        instanceKey,
        "Task_SignAgreement",
        Map.of(
            "agreementNumber",
            agreementNumber,
            "agreementValidFrom",
            "2026-07-01",
            "agreementComment",
            ""));
  }

  private String agreementUntil(String code) {
    return sandbox.designatedInstitution(code).get("agreement").get("validUntil").asText();
  }

  private org.tongxing.workers.rehabilitation.institution.DesignationStanding standing(
      String code) {
    return designatedInstitutions
        .checkDesignatedInstitution(
            new CheckDesignatedInstitutionInput(new InstitutionReference(code, null, null), null))
        .designatedInstitution();
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition, String what) {
    org.awaitility.Awaitility.await(what)
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .ignoreExceptions()
        .until(condition);
  }
}

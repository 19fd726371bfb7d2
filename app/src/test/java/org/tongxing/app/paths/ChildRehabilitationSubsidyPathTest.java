package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tongxing.app.paths.CaseDriver.assertCandidateGroups;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Policy items 6.2 and 6.3 end to end through the official client: a guardian applies, the app's
 * workers check the certificate, the institution and the training records with the bureau sandbox,
 * the DMN tables decide each month and the ceilings, the DPF and Finance decide, the treasury pays
 * the institution and the family, and the guardian is told. Children, institutions and accounts are
 * the well-known records of bureau-sandbox/README.md.
 */
@RehabilitationPathTest
class ChildRehabilitationSubsidyPathTest {

  private static final String PROCESS_ID = "child-rehabilitation-subsidy";

  /** 温州市鹿城区星语儿童康复中心: private, designated. */
  private static final String XINGYU = "523303025490Q910KM";

  /** 瑞安市阳光儿童康复中心: private, designated. */
  private static final String YANGGUANG = "523303818P9L1E9T0F";

  /** 乐清市启明康复医院有限公司: private, designated. */
  private static final String QIMING = "9133038224272K3BEA";

  /** 永嘉县蓓蕾儿童康复中心: suspended. */
  private static final String BEILEI = "52330324GA7D1RDG71";

  private static final List<String> OUTCOMES =
      List.of("EndEvent_Approved", "EndEvent_Rejected", "EndEvent_ClosedWithoutCorrection");

  private static final String GUARDIAN_ACCOUNT = "6222600260001234567";

  /** Closed at the payee's bank: the treasury refuses it. */
  private static final String CLOSED_ACCOUNT = "6217001820009990001";

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;
  private String applicationId;

  @BeforeEach
  void setUp() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
    applicationId = "KF-2026-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  @AfterEach
  void tearDown() {
    sandbox.resetFaults();
    cases.resetClock();
  }

  @Test
  void shouldPayAnAutisticChildsTrainingUpToTheAutismCeilingAndTheLivingAllowanceUpToItsCap() {
    // given 王小宇 (autism, 5 in 2025) trained all 12 months of 2025 at 星语, 3,500 a month
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, GUARDIAN_ACCOUNT);

    // when the DPF approves
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertCandidateGroups(review, "dpf");
    assertThat(review.getDueDate()).isNotNull();
    // (the case belongs to the child's household county, which monitoring filters by)
    assertThat(cases.awaitVariable(instanceKey, "county").asText()).isEqualTo("lucheng");
    Map<String, JsonNode> assessed = cases.variables(instanceKey);
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of("reviewDecision", "approve", "reviewComment", "材料齐全，同意"));

    // and Finance approves the payment
    UserTask finance = cases.awaitTask(instanceKey, "Task_FinanceReview");
    assertCandidateGroups(finance, "finance");
    cases.complete(
        instanceKey,
        "Task_FinanceReview",
        Map.of("financeDecision", "approve", "financeComment", "同意拨付"));

    // then item 6.2's autism ceiling and the yearly cap of the living allowance apply
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(outcome(instanceKey)).isEqualTo("EndEvent_Approved");
    JsonNode standard = assessed.get("standard");
    assertThat(standard.get("rehabilitationCategory").asText()).isEqualTo("autism");
    assertThat(standard.get("trainingCeilingYuan").asInt()).isEqualTo(36000);
    JsonNode subsidy = assessed.get("subsidy");
    assertThat(subsidy.get("eligibleMonths").asInt()).isEqualTo(12);
    assertThat(subsidy.get("eligibleCost").asInt()).isEqualTo(42000);
    assertThat(subsidy.get("trainingSubsidy").asInt()).isEqualTo(36000);
    assertThat(subsidy.get("livingAllowance").asInt()).isEqualTo(10000);
    assertThat(subsidy.get("total").asInt()).isEqualTo(46000);
    assertThat(assessed.get("monthAssessments")).hasSize(12);
    assertThat(assessed.get("monthAssessments").get(0).get("policyClause").asText())
        .isEqualTo("item 6.2");

    // and the institution and the family are paid, once each
    assertThat(sandbox.payments(applicationId))
        .extracting(p -> p.get("paymentId"), p -> amount(p), p -> p.get("payeeName"))
        .containsExactlyInAnyOrder(
            tuple(applicationId + "-6.2-training", 36000, "温州市鹿城区星语儿童康复中心"),
            tuple(applicationId + "-6.2-living", 10000, "王建军"));
    assertThat(sandbox.payments(applicationId))
        .allSatisfy(payment -> assertThat(payment).containsEntry("policyClause", "item 6.2"));
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice).containsEntry("mobile", "13957712345");
              assertThat((String) notice.get("text"))
                  .startsWith("王小宇的2025年度残疾儿童康复救助申请（" + applicationId + "）已批准")
                  .contains("康复训练补助36000元", "康复生活补贴10000元");
            });
  }

  @Test
  void shouldCountOnlyTheMonthsBeforeTheSeventhBirthdayWhenNoDeferralExists() {
    // given 刘一诺 turned 7 on 2025-02-10; no committee finding, no deferral certificate
    long instanceKey = apply(liuYinuo(), QIMING, 2025, GUARDIAN_ACCOUNT);

    // when
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    Map<String, JsonNode> variables = cases.variables(instanceKey);

    // then January and February count (under 7 on their first day), the rest do not
    JsonNode subsidy = variables.get("subsidy");
    assertThat(subsidy.get("eligibleMonths").asInt()).isEqualTo(2);
    assertThat(subsidy.get("trainingSubsidy").asInt()).isEqualTo(4000);
    assertThat(subsidy.get("livingAllowance").asInt()).isEqualTo(2000);
    assertThat(variables.get("committeeFinding").get("found").asBoolean()).isFalse();
    assertThat(variables.get("deferral").get("coveredMonths")).isEmpty();
    assertThat(months(variables, "counts"))
        .containsExactly(
            true, true, false, false, false, false, false, false, false, false, false, false);
    assertThat(variables.get("monthAssessments").get(2).get("reason").asText())
        .isEqualTo("已满7周岁，且该月无经确认的特殊儿童教育专业委员会鉴定和缓学（休学）证明");
    assertThat(variables.get("monthAssessments").get(2).get("policyClause").asText())
        .isEqualTo("item 6.3");
  }

  @Test
  void shouldExtendTheAgeLimitToNineWhenEducationConfirmsTheDeferral() {
    // given 张浩然 turned 7 on 2025-04-15; 鹿城区's committee found him unfit for school and its
    // education bureau deferred his schooling for 2024/25 and 2025/26
    long instanceKey = apply(zhangHaoran(), XINGYU, 2025, GUARDIAN_ACCOUNT);

    // when the city's education bureau confirms the deferral
    UserTask confirmation = cases.awaitTask(instanceKey, "Task_ConfirmDeferral");
    assertCandidateGroups(confirmation, "education");
    Map<String, JsonNode> before = cases.variables(instanceKey);
    assertThat(before.get("committeeFinding").get("unfitForCompulsoryEducation").asBoolean())
        .isTrue();
    assertThat(before.get("deferral").get("coveredMonths")).hasSize(12);
    cases.complete(
        instanceKey,
        "Task_ConfirmDeferral",
        Map.of("deferralDecision", "confirm", "deferralComment", "鉴定结论和缓学证明属实"));

    // then every month counts, May to December under item 6.3, and the general ceiling applies
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    Map<String, JsonNode> variables = cases.variables(instanceKey);
    assertThat(variables.get("deferral").get("confirmed").asBoolean()).isTrue();
    assertThat(months(variables, "counts")).containsOnly(true).hasSize(12);
    assertThat(variables.get("monthAssessments").get(3).get("policyClause").asText())
        .isEqualTo("item 6.2");
    assertThat(variables.get("monthAssessments").get(4).get("policyClause").asText())
        .isEqualTo("item 6.3");
    JsonNode subsidy = variables.get("subsidy");
    assertThat(subsidy.get("eligibleCost").asInt()).isEqualTo(36000);
    assertThat(subsidy.get("trainingSubsidy").asInt()).isEqualTo(24000);
    assertThat(subsidy.get("livingAllowance").asInt()).isEqualTo(10000);
  }

  @Test
  void shouldCountOnlyTheMonthsUnderSevenWhenEducationDoesNotConfirm() {
    // given
    long instanceKey = apply(zhangHaoran(), XINGYU, 2025, GUARDIAN_ACCOUNT);

    // when
    cases.complete(
        instanceKey,
        "Task_ConfirmDeferral",
        Map.of("deferralDecision", "deny", "deferralComment", "缓学证明与学籍记录不符"));

    // then January to April count
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    JsonNode subsidy = cases.variables(instanceKey).get("subsidy");
    assertThat(subsidy.get("eligibleMonths").asInt()).isEqualTo(4);
    assertThat(subsidy.get("trainingSubsidy").asInt()).isEqualTo(12000);
    assertThat(subsidy.get("livingAllowance").asInt()).isEqualTo(4000);
  }

  @Test
  void shouldRejectAnExpiredCertificateAndTellTheGuardianWhy() {
    // given 吴佳怡's certificate expired on 2025-07-18
    long instanceKey =
        apply(
            child("吴佳怡", "330303202107190842", "33030320210719084232", "longwan"),
            YANGGUANG,
            2025,
            GUARDIAN_ACCOUNT);

    // when the DPF rejects
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    JsonNode subsidy = cases.variables(instanceKey).get("subsidy");
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of("reviewDecision", "reject", "reviewComment", "残疾人证已过期，请换证后重新申请"));

    // then nothing is paid and the guardian learns why
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(outcome(instanceKey)).isEqualTo("EndEvent_Rejected");
    assertThat(subsidy.get("total").asInt()).isZero();
    assertThat(subsidy.get("summary").asText()).isEqualTo("不符合补助条件：残疾人证：证件已过期。");
    assertThat(sandbox.payments(applicationId)).isEmpty();
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(
            notice -> assertThat((String) notice.get("text")).endsWith("未获批准：残疾人证已过期，请换证后重新申请"));
  }

  @Test
  void shouldNotSubsidiseTrainingAtASuspendedInstitution() {
    // given 永嘉县蓓蕾儿童康复中心 is suspended (the accreditation process decided it)
    long instanceKey =
        apply(
            child("郑宇航", "330324202001250132", "33032420200125013242", "yongjia"),
            BEILEI,
            2026,
            GUARDIAN_ACCOUNT);

    // when
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    Map<String, JsonNode> variables = cases.variables(instanceKey);

    // then
    assertThat(variables.get("designatedInstitution").get("inGoodStanding").asBoolean()).isFalse();
    assertThat(variables.get("subsidy").get("summary").asText())
        .startsWith("不符合补助条件：康复机构：该机构已暂停定点：");
    assertThat(variables).doesNotContainKey("monthAssessments");
  }

  @Test
  void shouldNotSubsidiseAnApplicationOfTheInstitutionWithoutTheGuardiansAuthorisation() {
    // given 星语 applies for 王小宇 without the guardian's authorisation
    long instanceKey =
        cases.start(
            PROCESS_ID,
            Map.of(
                "applicationId",
                applicationId,
                "subsidyYear",
                2025,
                "appliedBy",
                "institution",
                "child",
                wangXiaoyu(),
                "guardian",
                Map.of(
                    "name",
                    "王建军",
                    "mobile",
                    "13957712345",
                    "bankAccount",
                    GUARDIAN_ACCOUNT,
                    "bankName",
                    "温州银行"),
                "institution",
                Map.of("unifiedSocialCreditCode", XINGYU),
                "guardianConsent",
                false));

    // when
    cases.awaitTask(instanceKey, "Task_ReviewApplication");

    // then
    assertThat(cases.variables(instanceKey).get("subsidy").get("summary").asText())
        .isEqualTo("不符合补助条件：申请方式：定点康复机构代为申请须经监护人授权。");
  }

  @Test
  void shouldReturnForCorrectionAndCheckTheCorrectedApplicationAgain() {
    // given a typo in the certificate number
    Map<String, Object> mistyped =
        child("陈思琪", "330381202103080426", "33038120210308042622", "ruian");
    long instanceKey = apply(mistyped, YANGGUANG, 2025, GUARDIAN_ACCOUNT);
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.variables(instanceKey).get("childCertificate").get("reason").asText())
        .isEqualTo("查无此证");

    // when the DPF returns it and the guardian corrects the number
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of(
            "reviewDecision", "return",
            "reviewComment", "残疾人证号有误",
            "correctionRequest", "残疾人证号与证件不符，请核对后重新填写。"));
    cases.awaitSubscription(instanceKey, "child-rehabilitation-subsidy-corrected");
    cases.publish(
        "child-rehabilitation-subsidy-corrected",
        applicationId,
        Map.of("child", child("陈思琪", "330381202103080426", "33038120210308042621", "ruian")));

    // then the checks run again and the review sees the valid certificate and the amounts
    await(
        () -> cases.variables(instanceKey).get("subsidy").get("total").asInt() > 0,
        "the corrected application is assessed");
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    Map<String, JsonNode> variables = cases.variables(instanceKey);
    assertThat(variables.get("childCertificate").get("valid").asBoolean()).isTrue();
    assertThat(variables.get("subsidy").get("trainingSubsidy").asInt()).isEqualTo(19200);
    assertThat(variables.get("subsidy").get("livingAllowance").asInt()).isEqualTo(8000);
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(
            notice ->
                assertThat((String) notice.get("text"))
                    .contains("需补正：残疾人证号与证件不符，请核对后重新填写。", "请于30日内补正"));
  }

  @Test
  void shouldCloseAnApplicationNotCorrectedWithinThirtyDays() {
    // given the DPF returned the application
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, GUARDIAN_ACCOUNT);
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of(
            "reviewDecision", "return",
            "reviewComment", "缺少监护关系证明",
            "correctionRequest", "请补充户口簿或出生医学证明。"));
    cases.awaitSubscription(instanceKey, "child-rehabilitation-subsidy-corrected");

    // when 30 days pass
    cases.pinClock(Instant.now().plus(Duration.ofDays(30)).plusSeconds(60));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(outcome(instanceKey)).isEqualTo("EndEvent_ClosedWithoutCorrection");
    assertThat(sandbox.notices(applicationId))
        .extracting(notice -> notice.get("subject"))
        .containsExactly("残疾儿童康复救助申请需补正", "残疾儿童康复救助申请已终止");
  }

  @Test
  void shouldSendTheApplicationBackWhenTheInstitutionReportedNoTraining() {
    // given 王小宇 trained at 星语 in 2025 and 2026, not in 2024
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2024, GUARDIAN_ACCOUNT);

    // when / then the BPMN error sends it back for correction without a review
    cases.awaitSubscription(instanceKey, "child-rehabilitation-subsidy-corrected");
    assertThat(cases.variables(instanceKey).get("correctionRequest").asText())
        .contains("未报送该儿童2024年度的康复训练记录");
    assertThat(sandbox.notices(applicationId))
        .singleElement()
        .satisfies(notice -> assertThat((String) notice.get("text")).contains("需补正：定点康复机构"));
  }

  @Test
  void shouldAskTheCountyGovernmentToSuperviseAReviewOverdueAfterFifteenDays() {
    // given
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, GUARDIAN_ACCOUNT);
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");

    // when 15 days pass without a decision
    cases.pinClock(Instant.now().plus(Duration.ofDays(15)).plusSeconds(60));

    // then 鹿城区's government gets a supervision task, and the review stays open
    UserTask supervision = cases.awaitTask(instanceKey, "Task_SuperviseOverdueReview");
    assertCandidateGroups(supervision, "county-lucheng");
    assertThat(supervision.getPriority()).isEqualTo(80);
    assertThat(cases.awaitTask(instanceKey, "Task_ReviewApplication").getUserTaskKey())
        .isEqualTo(review.getUserTaskKey());
    cases.complete(
        instanceKey, "Task_SuperviseOverdueReview", Map.of("supervisionComment", "请市残联三个工作日内办结"));
    cases.awaitCompleted(instanceKey, "EndEvent_Supervised");
  }

  @Test
  void shouldRaiseAnIncidentWhileTheTrainingRecordsAreDownAndGoOnOnceResolved() {
    // given the DPF's training records fail every call of the task's three attempts
    sandbox.failNext("dpf-training-records", 3);
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, GUARDIAN_ACCOUNT);

    // when the retries (with back-off) run out
    Incident incident = cases.awaitIncident(instanceKey);

    // then an incident names the outage
    assertThat(incident.getElementId()).isEqualTo("Task_FetchTrainingRecords");
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage())
        .contains(
            "Expected 200 from GET http://localhost:",
            "/sandbox/dpf/training-records?",
            "but got 503 SERVICE_UNAVAILABLE");

    // when the system is back and an operator retries
    sandbox.resetFaults();
    cases.retry(incident);

    // then the case goes on to the review with the records
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.variables(instanceKey).get("subsidy").get("trainingSubsidy").asInt())
        .isEqualTo(36000);
  }

  @Test
  void shouldPayTheFamilyAgainAfterTheDpfCorrectsARefusedAccount() {
    // given the guardian's account is closed at the bank
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, CLOSED_ACCOUNT);
    approve(instanceKey);

    // when the treasury refuses the living allowance and the DPF corrects the account
    UserTask resolution = cases.awaitTask(instanceKey, "Task_ResolveFamilyPayment");
    assertCandidateGroups(resolution, "dpf");
    assertThat(cases.variables(instanceKey).get("paymentRejection").get("reasonText").asText())
        .isEqualTo("收款账户已销户");
    cases.complete(
        instanceKey,
        "Task_ResolveFamilyPayment",
        Map.of(
            "paymentResolution", "retry",
            "correctedPayeeAccount", GUARDIAN_ACCOUNT,
            "correctedPayeeBank", "中国农业银行温州分行",
            "paymentResolutionComment", "监护人提供了新的银行账户"));

    // then both are paid, the living allowance under a new payment id to the new account
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(outcome(instanceKey)).isEqualTo("EndEvent_Approved");
    assertThat(sandbox.payments(applicationId))
        .extracting(p -> p.get("paymentId"), p -> p.get("payeeAccount"))
        .containsExactlyInAnyOrder(
            tuple(
                applicationId + "-6.2-training",
                cases
                    .variables(instanceKey)
                    .get("designatedInstitution")
                    .get("payeeAccount")
                    .asText()),
            tuple(applicationId + "-6.2-living-2", GUARDIAN_ACCOUNT));
  }

  @Test
  void shouldGoBackToTheDpfWhenFinanceReturnsTheCase() {
    // given
    long instanceKey = apply(wangXiaoyu(), XINGYU, 2025, GUARDIAN_ACCOUNT);
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of("reviewDecision", "approve", "reviewComment", "同意"));

    // when
    cases.complete(
        instanceKey,
        "Task_FinanceReview",
        Map.of("financeDecision", "return", "financeComment", "请核对机构收款账户"));

    // then the DPF reviews again and nothing is paid yet
    UserTask again = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertCandidateGroups(again, "dpf");
    assertThat(cases.variables(instanceKey).get("financeComment").asText()).isEqualTo("请核对机构收款账户");
    assertThat(sandbox.payments(applicationId)).isEmpty();
  }

  /** The process's own end event the case reached (not one of a sub-process). */
  private String outcome(long instanceKey) {
    return cases.completedEndEvents(instanceKey).stream()
        .filter(OUTCOMES::contains)
        .reduce((first, second) -> first + ", " + second)
        .orElse("none");
  }

  private void approve(long instanceKey) {
    cases.complete(
        instanceKey,
        "Task_ReviewApplication",
        Map.of("reviewDecision", "approve", "reviewComment", "同意"));
    cases.complete(
        instanceKey,
        "Task_FinanceReview",
        Map.of("financeDecision", "approve", "financeComment", "同意拨付"));
  }

  private long apply(Map<String, Object> child, String institution, int year, String account) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("applicationId", applicationId);
    variables.put("subsidyYear", year);
    variables.put("appliedBy", "guardian");
    variables.put("child", child);
    variables.put(
        "guardian",
        Map.of(
            "name", "王建军",
            "idNumber", "330302198501150313",
            "relationship", "father",
            "mobile", "13957712345",
            "bankAccount", account,
            "bankName", "温州银行"));
    variables.put("institution", Map.of("unifiedSocialCreditCode", institution));
    variables.put("guardianConsent", false);
    return cases.start(PROCESS_ID, variables);
  }

  private static Map<String, Object> child(
      String name, String idNumber, String certificateNumber, String county) {
    return Map.of(
        "name", name,
        "idNumber", idNumber,
        "certificateNumber", certificateNumber,
        "householdCounty", county);
  }

  private static Map<String, Object> wangXiaoyu() {
    return child("王小宇", "330302202005120310", "33030220200512031062", "lucheng");
  }

  private static Map<String, Object> zhangHaoran() {
    return child("张浩然", "330302201804150570", "33030220180415057052", "lucheng");
  }

  private static Map<String, Object> liuYinuo() {
    return child("刘一诺", "330382201802100264", "33038220180210026443", "yueqing");
  }

  private static List<Boolean> months(Map<String, JsonNode> variables, String field) {
    return StreamSupport.stream(variables.get("monthAssessments").spliterator(), false)
        .map(month -> month.get(field).asBoolean())
        .toList();
  }

  private static int amount(Map<String, Object> payment) {
    return ((Number) payment.get("amount")).intValue();
  }

  private static void await(java.util.concurrent.Callable<Boolean> condition, String what) {
    org.awaitility.Awaitility.await(what)
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .ignoreExceptions()
        .until(condition);
  }
}

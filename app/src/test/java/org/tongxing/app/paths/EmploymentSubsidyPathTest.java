package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy items 1.4–1.7 end to end through the official client: an employer applies, the workers
 * check certificates, household registrations, social insurance and wages, the employer's
 * registration and the minimum wage with the bureau sandbox, the DMN computes subsidy and rewards,
 * the DPF reviews, HRSS countersigns, Finance pays each part and the employer is told.
 */
@TongxingAppTest
class EmploymentSubsidyPathTest {

  private static final String PROCESS_ID = "employment-subsidy";

  /** Well-known records of bureau-sandbox/README.md. */
  private static final String GARMENTS = "91330302MA2AP0BX6T";

  private static final String GARMENTS_ACCOUNT = "6217001820001234567";

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;
  private final String applicationId = "JY-2026-" + UUID.randomUUID();

  @BeforeEach
  void resetTheSandbox() {
    cases = new CaseDriver(client);
    sandbox = new BureauSandbox(port);
    sandbox.resetFaults();
    sandbox.resetBenefits();
  }

  @AfterEach
  void releaseTheClockAndTheSandbox() {
    cases.resetClock();
    sandbox.resetFaults();
    sandbox.resetBenefits();
  }

  @Test
  void shouldDeployTheProcessAgainAsADuplicate() {
    // given the app deployed workflows/ at start-up

    // when
    DeploymentEvent deployment =
        client
            .newDeployResourceCommand()
            .addResourceFromClasspath("workflows/employment-subsidy.bpmn")
            .send()
            .join();

    // then
    assertThat(deployment.getProcesses())
        .singleElement()
        .satisfies(
            process -> {
              assertThat(process.getBpmnProcessId()).isEqualTo(PROCESS_ID);
              assertThat(process.getVersion()).isEqualTo(1);
            });
  }

  @Test
  void shouldPayTheSubsidyAndTheOverQuotaRewardOnceTheDpfApprovedAndHrssCountersigned() {
    // given 温州同行制衣有限公司, 120 employees in 2025, declares five disabled employees
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));

    // when the DPF approves and HRSS countersigns
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(review.getCandidateGroups()).containsExactly("dpf");
    JsonNode assessment = cases.awaitVariable(instanceKey, "assessment");
    cases.complete(review, "dpf-zhang", Map.of("decision", "approve", "reviewComment", "核验无误，同意"));
    UserTask countersign = cases.awaitTask(instanceKey, "Task_Countersign");
    assertThat(countersign.getCandidateGroups()).containsExactly("hrss");
    cases.complete(
        countersign,
        "hrss-wang",
        Map.of("countersignDecision", "agree", "countersignOpinion", "社保和工资数据相符"));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey))
        .containsExactlyInAnyOrder("EndEvent_Countersigned", "EndEvent_Paid");
    assertThat(assessment.path("subsidisedCount").asInt()).isEqualTo(3);
    assertThat(assessment.path("countedCount").asInt()).isEqualTo(4);
    assertThat(assessment.path("totalAmount").asInt()).isEqualTo(31920);
    assertThat(sandbox.payments(applicationId))
        .extracting(p -> p.get("paymentId"), BureauSandbox::yuan, p -> p.get("policyClause"))
        .containsExactlyInAnyOrder(
            tuple(applicationId + "-SUBSIDY", yuan(13680), "item 1.4"),
            tuple(applicationId + "-OVER-QUOTA", yuan(18240), "item 1.5"));
    assertThat(sandbox.awaitNotices(applicationId, 1))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.get("subject")).isEqualTo("残疾人就业补贴和奖励已拨付");
              assertThat((String) notice.get("text"))
                  .contains("按比例就业补贴：3名 × 2个月 × 2280元 = 13680元（item 1.4）")
                  .contains("超出2名 × 4个月 × 2280元 = 18240元（item 1.5）")
                  .contains("合计31920元")
                  .contains("尾号4567");
              assertThat(notice.get("mobile")).isEqualTo("13806651234");
            });
    assertThat(sandbox.benefit("employment-subsidy", GARMENTS, "2025"))
        .get()
        .satisfies(record -> assertThat(record.get("caseId")).isEqualTo(applicationId));
  }

  @Test
  void shouldPayAllThreePartsToAConcentratedEmploymentEnterprise() {
    // given 温州瓯江福利包装有限公司: 20 employees in 2025, 7 disabled employees declared, one of
    // them insured from May only, one paid below 150 % of the minimum wage
    long instanceKey = cases.start(PROCESS_ID, packagingApplication());

    // when
    approveAndCountersign(instanceKey);

    // then 6 of 20 (30 %) count: 5 subsidised, 5 beyond 1.5 % (0.3 persons), 1 beyond 25 % (5)
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    JsonNode assessment = cases.awaitVariable(instanceKey, "assessment");
    assertThat(assessment.path("countedCount").asInt()).isEqualTo(6);
    assertThat(assessment.path("subsidisedCount").asInt()).isEqualTo(5);
    assertThat(sandbox.payments(applicationId))
        .extracting(p -> p.get("paymentId"), BureauSandbox::yuan, p -> p.get("policyClause"))
        .containsExactlyInAnyOrder(
            tuple(applicationId + "-SUBSIDY", yuan(22800), "item 1.4"),
            tuple(applicationId + "-OVER-QUOTA", yuan(45600), "item 1.5"),
            tuple(applicationId + "-CONCENTRATED", yuan(4560), "item 1.6"));
    assertThat(employee(assessment, "陈丽娟").path("reasons").toString())
        .contains("上年度在本单位参保8个月，不足12个月");
    assertThat(employee(assessment, "谢丽君").path("subsidised").asBoolean())
        .as("paid exactly 150 %: 以上 includes the figure")
        .isTrue();
    assertThat(employee(assessment, "胡振宇").path("reasons").toString())
        .contains("有12个月实发工资低于当地月最低工资标准的150%（3420元）");
  }

  @Test
  void shouldUseTheMinimumWageOfTheEmployersCounty() {
    // given 泰顺同行竹木制品有限公司 in 泰顺县, minimum wage tier 3 (1840 yuan)
    long instanceKey =
        cases.start(
            PROCESS_ID,
            application(
                "泰顺同行竹木制品有限公司",
                "91330329MA2H3N8D27",
                "taishun",
                "6230910199004455668",
                List.of(
                    employee("叶国华", "33032919690717351X", "33032919690717351X43"),
                    employee("姜海波", "330327197401015313", "33032719740101531344"),
                    employee("金卫东", "330327198401267312", "33032719840126731241"))));

    // when
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    // (the case belongs to the employer's county, which monitoring filters by)
    assertThat(cases.awaitVariable(instanceKey, "county").asText()).isEqualTo("taishun");

    // then 姜海波 earns exactly 1.5 × 1840; 金卫东 fell below it in July
    JsonNode wage = cases.awaitVariable(instanceKey, "minimumWage");
    JsonNode assessment = cases.awaitVariable(instanceKey, "assessment");
    assertThat(wage.path("countyName").asText()).isEqualTo("泰顺县");
    assertThat(wage.path("monthlyMinimumWage").asInt()).isEqualTo(1840);
    assertThat(assessment.path("totalAmount").asInt()).isEqualTo(7360 + 14720);
    assertThat(employee(assessment, "金卫东").path("monthsBelowThreshold").asInt()).isEqualTo(1);
  }

  @Test
  void shouldRejectWithTheReviewersReasonsAndPayNothing() {
    // given
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");

    // when
    cases.complete(review, "dpf-li", Map.of("decision", "reject", "reviewComment", "劳动合同与社保记录不一致"));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Rejected");
    assertThat(sandbox.payments(applicationId)).isEmpty();
    assertThat(sandbox.benefit("employment-subsidy", GARMENTS, "2025")).isEmpty();
    assertThat(sandbox.awaitNotices(applicationId, 1))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.get("subject")).isEqualTo("残疾人就业补贴申请未通过");
              assertThat((String) notice.get("text"))
                  .contains("理由：劳动合同与社保记录不一致")
                  .contains("合计31920元");
            });
  }

  @Test
  void shouldCheckACorrectedApplicationAgainAfterTheDpfReturnedIt() {
    // given an application that declares a name the registry does not know
    Map<String, Object> application = new HashMap<>(garmentsApplication(GARMENTS_ACCOUNT));
    application.put("employer", employer("温州同行服装有限公司", GARMENTS, "lucheng", GARMENTS_ACCOUNT));
    long instanceKey = cases.start(PROCESS_ID, application);
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.awaitVariable(instanceKey, "assessment").path("totalAmount").asInt()).isZero();

    // when the DPF returns it and the employer corrects its name
    cases.complete(
        review, "dpf-zhang", Map.of("decision", "return", "reviewComment", "单位名称与登记名称不符"));
    List<Map<String, Object>> notices = sandbox.awaitNotices(applicationId, 1);
    cases.correlate(
        "employment-subsidy-correction",
        applicationId,
        Map.of("employer", employer("温州同行制衣有限公司", GARMENTS, "lucheng", GARMENTS_ACCOUNT)));

    // then every check runs again and the DPF reviews the corrected application
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(() -> cases.tasks(instanceKey, "Task_ReviewApplication").size() == 2);
    UserTask again = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(again.getUserTaskKey()).isNotEqualTo(review.getUserTaskKey());
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () -> cases.awaitVariable(instanceKey, "assessment").path("totalAmount").asInt(),
            total -> total == 31920);
    assertThat(notices.get(0).get("subject")).isEqualTo("残疾人就业补贴申请需补正材料");
    assertThat((String) notices.get(0).get("text"))
        .contains("需补正：单位名称与登记名称不符")
        .containsPattern("补正期限至\\d{4}-\\d{2}-\\d{2}（含当日）");
  }

  @Test
  void shouldRemindTheEmployerAndEndTheCaseWhenTheCorrectionDeadlinePasses() {
    // given an application returned for correction
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "return", "reviewComment", "请补充钱伟的有效残疾人证"));
    sandbox.awaitNotices(applicationId, 1);

    // when 11 days pass, then 16 (deadline 15 days, reminder 5 days before)
    cases.pinClock(Instant.now().plus(Duration.ofDays(11)));
    List<Map<String, Object>> reminded = sandbox.awaitNotices(applicationId, 2);
    cases.pinClock(Instant.now().plus(Duration.ofDays(16)));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey))
        .containsExactlyInAnyOrder("EndEvent_Reminded", "EndEvent_CorrectionExpired");
    assertThat(reminded.get(1).get("subject")).isEqualTo("残疾人就业补贴申请补正即将到期");
    assertThat(cases.awaitVariable(instanceKey, "correctionDeadline").asText())
        .as("the last day, an ISO date the deadline dashboards read")
        .matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(sandbox.awaitNotices(applicationId, 3).get(2).get("subject"))
        .isEqualTo("残疾人就业补贴申请已终止");
  }

  @Test
  void shouldRefuseASecondApplicationForAYearAlreadyGranted() {
    // given the register holds the 2024 subsidy of 温州同行制衣有限公司 (case JY-2025-0042)
    Map<String, Object> application = new HashMap<>(garmentsApplication(GARMENTS_ACCOUNT));
    application.put("year", 2024);

    // when
    long instanceKey = cases.start(PROCESS_ID, application);

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Duplicate");
    assertThat(sandbox.awaitNotices(applicationId, 1))
        .singleElement()
        .satisfies(
            notice ->
                assertThat((String) notice.get("text"))
                    .contains("2024年度的残疾人就业补贴和奖励已由申请JY-2025-0042享受"));
    assertThat(cases.completed(instanceKey).contains("Task_CheckDisabilityCertificates")).isFalse();
  }

  @Test
  void shouldSendTheCaseBackToTheDpfWhenHrssDisagrees() {
    // given
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    cases.complete(review, "dpf-zhang", Map.of("decision", "approve", "reviewComment", "同意"));

    // when
    cases.complete(
        cases.awaitTask(instanceKey, "Task_Countersign"),
        "hrss-wang",
        Map.of("countersignDecision", "disagree", "countersignOpinion", "李明5月起已离职"));

    // then the DPF reviews again, with HRSS's opinion
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(() -> cases.tasks(instanceKey, "Task_ReviewApplication").size() == 2);
    assertThat(cases.awaitVariable(instanceKey, "countersignResults"))
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.path("department").asText()).isEqualTo("市人社局");
              assertThat(result.path("decision").asText()).isEqualTo("disagree");
              assertThat(result.path("opinion").asText()).isEqualTo("李明5月起已离职");
            });
    assertThat(sandbox.payments(applicationId)).isEmpty();
  }

  @Test
  void shouldHaveTheDpfChaseAnOverdueCountersignUntilItIsDone() {
    // given an application waiting for HRSS's countersign
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "approve", "reviewComment", "同意"));
    UserTask countersign = cases.awaitTask(instanceKey, "Task_Countersign");
    assertThat(countersign.getDueDate()).isNotNull();

    // when the countersign is 6 days old (deadline 5 days)
    cases.pinClock(Instant.now().plus(Duration.ofDays(6)));
    UserTask chase = cases.awaitTask(instanceKey, "Task_ChaseCountersign");
    cases.complete(
        countersign,
        "hrss-wang",
        Map.of("countersignDecision", "agree", "countersignOpinion", "同意"));

    // then the chase ends with the countersign, and the case is paid
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(chase.getCandidateGroups()).containsExactly("dpf");
    assertThat(cases.completedEndEvents(instanceKey))
        .contains("EndEvent_Paid")
        .doesNotContain("EndEvent_Chased");
    assertThat(sandbox.payments(applicationId)).hasSize(2);
  }

  @Test
  void shouldRetryABureauThatFailsOnceWithoutAnIncident() {
    // given HRSS's social insurance system fails the next request
    sandbox.failNext("hrss-social-insurance", 1);

    // when
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));

    // then the job is retried after its back-off and the case reaches the review
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.awaitVariable(instanceKey, "employmentChecks")).hasSize(5);
    assertThat(
            client
                .newIncidentSearchRequest()
                .filter(f -> f.processInstanceKey(instanceKey))
                .send()
                .join()
                .items())
        .isEmpty();
  }

  @Test
  void shouldRaiseAnIncidentWhileARegistryIsDownAndCarryOnOnceResolved() {
    // given the market regulation registry is down
    sandbox.failAlways("market-business-registrations");
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication(GARMENTS_ACCOUNT));

    // when its retries are spent
    Incident incident = cases.awaitIncident(instanceKey);
    assertThat(incident.getElementId()).isEqualTo("Task_CheckEmployerRegistration");
    assertThat(incident.getErrorMessage())
        .contains("business-not-found 404 from GET")
        .contains("503 SERVICE_UNAVAILABLE");
    sandbox.resetFaults();
    sandbox.resetBenefits();
    cases.retry(incident);

    // then
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.awaitVariable(instanceKey, "employerRegistration").path("workforce").asInt())
        .isEqualTo(120);
  }

  @Test
  void shouldLetTheDpfCorrectARefusedAccountAndPayEachPartOnce() {
    // given the employer declared a closed account
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication("6217001820009990001"));
    approveAndCountersign(instanceKey);

    // when the treasury refuses both parts and the DPF retries them with the right account
    List<ProcessInstance> payments = cases.awaitCalledInstances(instanceKey, "benefit-payment", 2);
    for (ProcessInstance payment : payments) {
      UserTask refused =
          cases.awaitTask(payment.getProcessInstanceKey(), "Task_HandleRejectedPayment");
      assertThat(refused.getCandidateGroups()).containsExactly("dpf");
      assertThat(
              cases
                  .awaitVariable(payment.getProcessInstanceKey(), "paymentRejection")
                  .path("reasonText")
                  .asText())
          .isEqualTo("收款账户已销户");
      cases.complete(
          refused,
          "dpf-zhang",
          Map.of(
              "paymentAction", "retry",
              "correctedPayeeAccount", GARMENTS_ACCOUNT,
              "handlingComment", "经电话核实，单位基本户已变更"));
    }

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_Paid");
    assertThat(sandbox.payments(applicationId))
        .hasSize(2)
        .allSatisfy(payment -> assertThat(payment.get("payeeAccount")).isEqualTo(GARMENTS_ACCOUNT));
  }

  @Test
  void shouldTellTheEmployerWhenTheDpfCancelsEveryRefusedPayment() {
    // given
    long instanceKey = cases.start(PROCESS_ID, garmentsApplication("6217001820009990001"));
    approveAndCountersign(instanceKey);

    // when
    for (ProcessInstance payment : cases.awaitCalledInstances(instanceKey, "benefit-payment", 2)) {
      cases.complete(
          cases.awaitTask(payment.getProcessInstanceKey(), "Task_HandleRejectedPayment"),
          "dpf-zhang",
          Map.of("paymentAction", "cancel", "handlingComment", "单位未能提供有效账户"));
    }

    // then nothing was paid, the register forgets the year, and the employer is told
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_PaymentIncomplete");
    assertThat(sandbox.payments(applicationId)).isEmpty();
    assertThat(sandbox.benefit("employment-subsidy", GARMENTS, "2025")).isEmpty();
    assertThat(sandbox.awaitNotices(applicationId, 1).get(0).get("text").toString())
        .contains("按比例就业补贴13680元未能拨付")
        .contains("超比例安排残疾人就业奖励18240元未能拨付");
  }

  private static BigDecimal yuan(int amount) {
    return BigDecimal.valueOf(amount).stripTrailingZeros();
  }

  private void approveAndCountersign(long instanceKey) {
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "approve", "reviewComment", "核验无误，同意"));
    cases.complete(
        cases.awaitTask(instanceKey, "Task_Countersign"),
        "hrss-wang",
        Map.of("countersignDecision", "agree", "countersignOpinion", "数据相符"));
  }

  private static JsonNode employee(JsonNode assessment, String name) {
    for (JsonNode employee : assessment.path("employees")) {
      if (name.equals(employee.path("name").asText())) {
        return employee;
      }
    }
    throw new AssertionError("Expected employee " + name + " in the assessment, but found none");
  }

  private Map<String, Object> packagingApplication() {
    return application(
        "温州瓯江福利包装有限公司",
        "91330304MA2C7K4Q21",
        "ouhai",
        "6230910199004455669",
        List.of(
            employee("黄丽华", "330304199005123624", "33030419900512362443"),
            employee("朱小红", "330304198304028227", "33030419830402822744"),
            employee("王海涛", "330303198102071511", "33030319810207151114"),
            employee("谢丽君", "330302199712254823", "33030219971225482322"),
            employee("胡振宇", "330303199209091912", "33030319920909191264"),
            employee("毛小军", "330381199905054110", "33038119990505411033"),
            employee("陈丽娟", "330303198505166427", "33030319850516642763")));
  }

  private Map<String, Object> application(
      String name,
      String creditCode,
      String county,
      String account,
      List<Map<String, Object>> employees) {
    return Map.of(
        "applicationId",
        applicationId,
        "employer",
        employer(name, creditCode, county, account),
        "year",
        2025,
        "employees",
        employees);
  }

  private static Map<String, Object> employer(
      String name, String creditCode, String county, String account) {
    return Map.of(
        "name",
        name,
        "unifiedSocialCreditCode",
        creditCode,
        "county",
        county,
        "contactName",
        "周建华",
        "contactMobile",
        "13806651234",
        "bankAccount",
        Map.of(
            "accountName", name,
            "accountNumber", account,
            "bankName", "中国工商银行温州鹿城支行"));
  }

  private Map<String, Object> garmentsApplication(String account) {
    return application(
        "温州同行制衣有限公司",
        GARMENTS,
        "lucheng",
        account,
        List.of(
            employee("陈建国", "330302197804152112", "33030219780415211242"),
            employee("林晓燕", "330302198609234221", "33030219860923422123"),
            employee("李明", "330381200106203314", "33038120010620331412"),
            employee("刘强", "510107198703104516", "51010719870310451643"),
            employee("钱伟", "330304198209223913", "33030419820922391342")));
  }

  private static Map<String, Object> employee(String name, String idNumber, String certificate) {
    return Map.of("name", name, "idNumber", idNumber, "certificateNumber", certificate);
  }
}

package org.tongxing.app.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * Policy items 7.6–7.7 end to end through the official client: a student or a parent applies, the
 * workers check the household registration, the certificates of the student and the parent, the
 * low-income status and the enrolment or examination certificate with the bureau sandbox, the DMN
 * decides eligibility and amount, the DPF reviews, Finance pays and the applicant is told.
 */
@TongxingAppTest
class EducationGrantPathTest {

  private static final String PROCESS_ID = "education-grant";

  /** Well-known people of bureau-sandbox/README.md. */
  private static final String CHEN_SIYUAN = "330302200503120015";

  private static final String WANG_SIQI = "330303200704180029";
  private static final String ACCOUNT = "6228480328007788990";

  @Autowired CamundaClient client;
  @LocalServerPort int port;

  private CaseDriver cases;
  private BureauSandbox sandbox;
  private final String applicationId = "JX-2026-" + UUID.randomUUID();

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

  @ParameterizedTest(name = "{0}: {4} yuan, {5}")
  @CsvSource({
    // student, ID number, certificate's category and level digits, parent, amount, clause
    "陈思远, 330302200503120015, 43, 林秀芳:330302197907070021:mother:, 4000, item 7.6",
    "王思琪, 330303200704180029, , 王海涛:330303198102071511:father:33030319810207151114, 3000, item 7.6",
    "周小雨, 330302200811020040, 23, , 1000, item 7.7"
  })
  void shouldPayTheGrantOfTheStudentsGroupAndSchoolLevel(
      String student,
      String idNumber,
      String categoryAndLevel,
      String guardian,
      int amount,
      String clause) {
    // given
    Map<String, Object> application =
        schoolYearApplication(
            student,
            idNumber,
            categoryAndLevel == null ? null : idNumber + categoryAndLevel,
            guardian(guardian));
    long instanceKey = cases.start(PROCESS_ID, application);

    // when
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(review.getCandidateGroups()).containsExactly("dpf");
    cases.complete(review, "dpf-zhang", Map.of("decision", "approve", "reviewComment", "符合条件"));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Paid");
    JsonNode assessment = cases.awaitVariable(instanceKey, "assessment");
    assertThat(assessment.path("eligible").asBoolean()).isTrue();
    assertThat(assessment.path("clause").asText()).isEqualTo(clause);
    assertThat(sandbox.payments(applicationId))
        .singleElement()
        .satisfies(
            payment -> {
              assertThat(BureauSandbox.yuan(payment))
                  .isEqualTo(BigDecimal.valueOf(amount).stripTrailingZeros());
              assertThat(payment.get("policyClause")).isEqualTo(clause);
              assertThat(payment.get("paymentId")).isEqualTo(applicationId + "-GRANT");
            });
    assertThat(sandbox.awaitNotices(applicationId, 1).get(0).get("text").toString())
        .contains("补助" + amount + "元（" + clause + "）");
    assertThat(sandbox.benefit("education-grant", idNumber, "2025-2026")).isPresent();
  }

  @Test
  void shouldPayTheOneOffCertificateGrantOfANotLowIncomeStudent() {
    // given 谢丽君, hearing disability, a self-study bachelor certificate of 2025, applying herself
    Map<String, Object> application = new HashMap<>();
    application.put("applicationId", applicationId);
    application.put("grantType", "exam-certificate");
    application.put("schoolYear", "2025-2026");
    application.put("examCertificateNumber", "ZK3301202506300157");
    application.put(
        "student",
        Map.of(
            "name", "谢丽君",
            "idNumber", "330302199712254823",
            "certificateNumber", "33030219971225482322",
            "mobile", "13957712345"));
    application.put("bankAccount", bankAccount("谢丽君", "6230910199004455671"));
    long instanceKey = cases.start(PROCESS_ID, application);

    // when
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "approve", "reviewComment", "证书核验无误"));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(sandbox.payments(applicationId))
        .singleElement()
        .satisfies(
            payment -> {
              assertThat(BureauSandbox.yuan(payment)).isEqualByComparingTo("2500");
              assertThat(payment.get("policyClause")).isEqualTo("item 7.7");
            });
    assertThat(sandbox.benefit("education-exam-certificate-grant", "ZK3301202506300157", "once"))
        .isPresent();
    assertThat(sandbox.awaitNotices(applicationId, 1).get(0).get("mobile"))
        .isEqualTo("13957712345");
  }

  @Test
  void shouldRejectAStudentOutsideTheUrbanDistrictsWithTheReason() {
    // given 李明, household registration in 瑞安市, a county-level city with its own grants
    Map<String, Object> application =
        schoolYearApplication("李明", "330381200106203314", "33038120010620331412", null);
    long instanceKey = cases.start(PROCESS_ID, application);
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    JsonNode assessment = cases.awaitVariable(instanceKey, "assessment");
    assertThat(assessment.path("eligible").asBoolean()).isFalse();
    assertThat(assessment.path("amount").asInt()).isZero();
    // (the case belongs to the student's household county, which monitoring filters by)
    assertThat(cases.awaitVariable(instanceKey, "county").asText()).isEqualTo("ruian");

    // when
    cases.complete(review, "dpf-li", Map.of("decision", "reject", "reviewComment", "不属于市本级补助范围"));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Rejected");
    assertThat(sandbox.payments(applicationId)).isEmpty();
    assertThat(sandbox.awaitNotices(applicationId, 1).get(0).get("text").toString())
        .contains("理由：不属于市本级补助范围")
        .contains("学生户籍在浙江省瑞安市，不属于市区（鹿城区、龙湾区、瓯海区、洞头区）");
  }

  @Test
  void shouldRefuseAStudentWhoHadTheGrantForTheSchoolYear() {
    // given the register holds 陈思远's grant for 2024-2025 (case JX-2024-0107)
    Map<String, Object> application =
        schoolYearApplication("陈思远", CHEN_SIYUAN, "33030220050312001543", mother());
    application.put("schoolYear", "2024-2025");

    // when
    long instanceKey = cases.start(PROCESS_ID, application);

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).containsExactly("EndEvent_Duplicate");
    assertThat(sandbox.awaitNotices(applicationId, 1).get(0).get("text").toString())
        .contains("陈思远的2024-2025学年助学补助已由申请JX-2024-0107享受");
  }

  @Test
  void shouldRefuseTheLaterOfTwoCasesThatRacedPastTheFirstCheck() {
    // given two applications for 陈思远 and 2025-2026, both waiting for the review
    String otherId = applicationId + "-B";
    Map<String, Object> first =
        schoolYearApplication("陈思远", CHEN_SIYUAN, "33030220050312001543", mother());
    Map<String, Object> second = new HashMap<>(first);
    second.put("applicationId", otherId);
    long firstKey = cases.start(PROCESS_ID, first);
    long secondKey = cases.start(PROCESS_ID, second);
    UserTask firstReview = cases.awaitTask(firstKey, "Task_ReviewApplication");
    UserTask secondReview = cases.awaitTask(secondKey, "Task_ReviewApplication");

    // when both are approved
    cases.complete(firstReview, "dpf-zhang", Map.of("decision", "approve", "reviewComment", "同意"));
    cases.awaitState(firstKey, ProcessInstanceState.COMPLETED);
    cases.complete(secondReview, "dpf-li", Map.of("decision", "approve", "reviewComment", "同意"));

    // then the register refuses the second: paid once
    cases.awaitState(secondKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(secondKey)).containsExactly("EndEvent_Duplicate");
    assertThat(sandbox.payments(applicationId)).hasSize(1);
    assertThat(sandbox.payments(otherId)).isEmpty();
    assertThat(sandbox.awaitNotices(otherId, 1).get(0).get("text").toString())
        .contains("已由申请" + applicationId + "享受");
  }

  @Test
  void shouldPayAChildOfADisabledFamilyOnceTheParentsCertificateIsSupplied() {
    // given 王思琪 applies without her father's certificate number: not covered yet
    Map<String, Object> guardianWithout =
        Map.of(
            "name",
            "王海涛",
            "idNumber",
            "330303198102071511",
            "relationship",
            "father",
            "mobile",
            "13705771234");
    long instanceKey =
        cases.start(PROCESS_ID, schoolYearApplication("王思琪", WANG_SIQI, null, guardianWithout));
    UserTask review = cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.awaitVariable(instanceKey, "assessment").path("eligible").asBoolean())
        .isFalse();

    // when the DPF returns it and the father supplies his certificate number
    cases.complete(
        review, "dpf-zhang", Map.of("decision", "return", "reviewComment", "请补充父亲的残疾人证号"));
    sandbox.awaitNotices(applicationId, 1);
    Map<String, Object> guardianWith = new HashMap<>(guardianWithout);
    guardianWith.put("certificateNumber", "33030319810207151114");
    cases.correlate("education-grant-correction", applicationId, Map.of("guardian", guardianWith));

    // then the checks run again, and the DPF approves the grant of item 7.6
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(() -> cases.tasks(instanceKey, "Task_ReviewApplication").size() == 2);
    await()
        .atMost(CaseDriver.VISIBLE_WITHIN)
        .until(
            () -> cases.awaitVariable(instanceKey, "assessment").path("amount").asInt(),
            total -> total == 3000);
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "approve", "reviewComment", "补正后符合条件"));
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(sandbox.payments(applicationId)).hasSize(1);
    assertThat(sandbox.awaitNotices(applicationId, 2).get(0).get("text").toString())
        .contains("需补正：请补充父亲的残疾人证号");
  }

  @Test
  void shouldEndTheCaseWhenTheCorrectionDeadlinePasses() {
    // given an application returned for correction
    long instanceKey = cases.start(PROCESS_ID, schoolYearApplication("王思琪", WANG_SIQI, null, null));
    cases.complete(
        cases.awaitTask(instanceKey, "Task_ReviewApplication"),
        "dpf-zhang",
        Map.of("decision", "return", "reviewComment", "请补充父母信息"));
    sandbox.awaitNotices(applicationId, 1);

    // when the deadline passes
    cases.pinClock(Instant.now().plus(Duration.ofDays(16)));

    // then
    cases.awaitState(instanceKey, ProcessInstanceState.COMPLETED);
    assertThat(cases.completedEndEvents(instanceKey)).contains("EndEvent_CorrectionExpired");
    assertThat(sandbox.awaitNotices(applicationId, 2))
        .extracting(notice -> notice.get("subject"))
        .contains("助学补助申请已终止");
  }

  @Test
  void shouldRaiseAnIncidentWhileCivilAffairsIsDownAndCarryOnOnceResolved() {
    // given
    sandbox.failAlways("civil-affairs-low-income");
    long instanceKey =
        cases.start(
            PROCESS_ID,
            schoolYearApplication("陈思远", CHEN_SIYUAN, "33030220050312001543", mother()));

    // when
    Incident incident = cases.awaitIncident(instanceKey);
    assertThat(incident.getElementId()).isEqualTo("Task_CheckLowIncomeStatus");
    sandbox.resetFaults();
    sandbox.resetBenefits();
    cases.retry(incident);

    // then
    cases.awaitTask(instanceKey, "Task_ReviewApplication");
    assertThat(cases.awaitVariable(instanceKey, "lowIncomeCheck").path("status").asText())
        .isEqualTo("subsistence");
    assertThat(cases.awaitVariable(instanceKey, "assessment").path("amount").asInt())
        .isEqualTo(4000);
  }

  private Map<String, Object> schoolYearApplication(
      String student, String idNumber, String certificate, Map<String, Object> guardian) {
    Map<String, Object> application = new HashMap<>();
    application.put("applicationId", applicationId);
    application.put("grantType", "school-year");
    application.put("schoolYear", "2025-2026");
    Map<String, Object> studentData = new HashMap<>();
    studentData.put("name", student);
    studentData.put("idNumber", idNumber);
    if (certificate != null) {
      studentData.put("certificateNumber", certificate);
    }
    application.put("student", studentData);
    if (guardian != null) {
      application.put("guardian", guardian);
    }
    application.put(
        "bankAccount",
        bankAccount(guardian == null ? student : (String) guardian.get("name"), ACCOUNT));
    return application;
  }

  private static Map<String, Object> mother() {
    return Map.of(
        "name", "林秀芳",
        "idNumber", "330302197907070021",
        "relationship", "mother",
        "mobile", "13857791234");
  }

  /** {@code name:idNumber:relationship:certificate} of the CSV, or null. */
  private static Map<String, Object> guardian(String csv) {
    if (csv == null) {
      return null;
    }
    String[] parts = csv.split(":", -1);
    Map<String, Object> guardian = new HashMap<>();
    guardian.put("name", parts[0]);
    guardian.put("idNumber", parts[1]);
    guardian.put("relationship", parts[2]);
    guardian.put("mobile", "13857791234");
    if (!parts[3].isEmpty()) {
      guardian.put("certificateNumber", parts[3]);
    }
    return guardian;
  }

  private static Map<String, Object> bankAccount(String name, String number) {
    return Map.of("accountName", name, "accountNumber", number, "bankName", "中国农业银行温州分行");
  }
}

package org.tongxing.workers.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.dpf.DesignatedInstitutionClient;
import org.tongxing.workers.bureau.dpf.TrainingRecord;
import org.tongxing.workers.rehabilitation.child.CheckChildCertificateInput;
import org.tongxing.workers.rehabilitation.child.CheckChildCertificateWorker;
import org.tongxing.workers.rehabilitation.child.CheckSchoolingDeferralInput;
import org.tongxing.workers.rehabilitation.child.CheckSchoolingDeferralWorker;
import org.tongxing.workers.rehabilitation.child.CheckSpecialEducationFindingInput;
import org.tongxing.workers.rehabilitation.child.CheckSpecialEducationFindingWorker;
import org.tongxing.workers.rehabilitation.child.ChildCertificate;
import org.tongxing.workers.rehabilitation.child.FetchTrainingRecordsInput;
import org.tongxing.workers.rehabilitation.child.FetchTrainingRecordsWorker;
import org.tongxing.workers.rehabilitation.institution.CheckDesignatedInstitutionInput;
import org.tongxing.workers.rehabilitation.institution.CheckDesignatedInstitutionWorker;
import org.tongxing.workers.rehabilitation.institution.CheckInstitutionInsuranceInput;
import org.tongxing.workers.rehabilitation.institution.CheckInstitutionInsuranceWorker;
import org.tongxing.workers.rehabilitation.institution.CheckLegalPersonStatusInput;
import org.tongxing.workers.rehabilitation.institution.CheckLegalPersonStatusWorker;
import org.tongxing.workers.rehabilitation.institution.CheckMedicalLicenceInput;
import org.tongxing.workers.rehabilitation.institution.CheckMedicalLicenceWorker;
import org.tongxing.workers.rehabilitation.institution.DesignationStanding;
import org.tongxing.workers.rehabilitation.institution.FetchInstitutionTrainingRecordsInput;
import org.tongxing.workers.rehabilitation.institution.FetchInstitutionTrainingRecordsWorker;
import org.tongxing.workers.rehabilitation.institution.ListDesignatedInstitutionsInput;
import org.tongxing.workers.rehabilitation.institution.ListDesignatedInstitutionsWorker;
import org.tongxing.workers.rehabilitation.institution.ListedInstitution;
import org.tongxing.workers.rehabilitation.institution.RecordDesignationDecisionInput;
import org.tongxing.workers.rehabilitation.institution.RecordDesignationDecisionWorker;
import org.tongxing.workers.rehabilitation.institution.TrainedChild;

/**
 * The workers of items 5 and 6 against the bureau sandbox over real HTTP, wired as the app wires
 * them, with the well-known records of {@code bureau-sandbox/README.md}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.sandbox.enabled=true",
      // no engine here: the workers are called directly
      "camunda.client.enabled=false",
      "tongxing.workers.rehabilitation.retry-backoff=15s"
    })
class RehabilitationWorkersSandboxTest {

  private static final ChildReference WANG_XIAOYU =
      new ChildReference("王小宇", "330302202005120310", "33030220200512031062", "lucheng");
  private static final ChildReference ZHANG_HAORAN =
      new ChildReference("张浩然", "330302201804150570", "33030220180415057052", "lucheng");
  private static final ChildReference QIAN_SIYUAN =
      new ChildReference("钱思远", "330381201710080917", "33038120171008091761", "ruian");
  private static final ChildReference WU_JIAYI =
      new ChildReference("吴佳怡", "330303202107190842", "33030320210719084232", "longwan");
  private static final InstitutionReference XINGYU =
      new InstitutionReference("523303025490Q910KM", "温州市鹿城区星语儿童康复中心", null);
  private static final InstitutionReference BEILEI =
      new InstitutionReference("52330324GA7D1RDG71", "永嘉县蓓蕾儿童康复中心", null);
  private static final InstitutionReference QIHANG =
      new InstitutionReference("91330304YB874APDEY", "温州瓯海启航康复门诊部有限公司", "PDY10000685330304A1005");
  private static final InstitutionReference CHUNYA =
      new InstitutionReference("52330328AL5KB5A8AB", "文成县春芽儿童康复中心", null);
  private static final InstitutionReference XIAOSHUMIAO =
      new InstitutionReference("52330303GNEETAFFXX", "温州市龙湾区小树苗儿童康复中心", null);

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("org.tongxing")
  static class SandboxApp {}

  @LocalServerPort private int port;
  @Autowired private DesignatedInstitutionClient registry;
  @Autowired private CheckChildCertificateWorker childCertificates;
  @Autowired private FetchTrainingRecordsWorker trainingRecords;
  @Autowired private CheckSpecialEducationFindingWorker findings;
  @Autowired private CheckSchoolingDeferralWorker deferrals;
  @Autowired private CheckDesignatedInstitutionWorker designatedInstitutions;
  @Autowired private ListDesignatedInstitutionsWorker institutionLists;
  @Autowired private FetchInstitutionTrainingRecordsWorker institutionTraining;
  @Autowired private RecordDesignationDecisionWorker decisions;
  @Autowired private CheckLegalPersonStatusWorker legalPersons;
  @Autowired private CheckMedicalLicenceWorker licences;
  @Autowired private CheckInstitutionInsuranceWorker insurance;

  @AfterEach
  void resetFaults() {
    sandbox().delete().uri("/sandbox/admin/faults").retrieve().toBodilessEntity();
  }

  @Test
  void shouldCallTheSandboxOfThisApp() {
    // when / then
    assertThat(registry.baseUrl()).isEqualTo("http://localhost:" + port + "/sandbox/dpf");
  }

  @Test
  void shouldReadTheCategoryCauseAndBirthDateOfAChildsCertificate() {
    // when
    ChildCertificate certificate =
        childCertificates
            .checkChildCertificate(new CheckChildCertificateInput(WANG_XIAOYU))
            .childCertificate();

    // then
    assertThat(certificate.valid()).isTrue();
    assertThat(certificate.reason()).isNull();
    assertThat(certificate.disabilityCategory()).isEqualTo("mental");
    assertThat(certificate.disabilityCause()).isEqualTo("autism");
    assertThat(certificate.disabilityCauseName()).isEqualTo("孤独症");
    assertThat(certificate.birthDate()).isEqualTo("2020-05-12");
    assertThat(certificate.validUntil()).isEqualTo("2028-03-15");
  }

  @Test
  void shouldRefuseAnExpiredChildsCertificateWithItsReason() {
    // when
    ChildCertificate certificate =
        childCertificates
            .checkChildCertificate(new CheckChildCertificateInput(WU_JIAYI))
            .childCertificate();

    // then
    assertThat(certificate.valid()).isFalse();
    assertThat(certificate.reason()).isEqualTo("证件已过期");
    assertThat(certificate.disabilityCategory()).isEqualTo("speech");
  }

  @Test
  void shouldFetchAYearOfTrainingWithItsActualCost() {
    // when
    var training =
        trainingRecords
            .fetchTrainingRecords(new FetchTrainingRecordsInput(WANG_XIAOYU, XINGYU, 2025))
            .training();

    // then
    assertThat(training.monthsTrained()).isEqualTo(12);
    assertThat(training.totalCost()).isEqualByComparingTo("42000");
    assertThat(training.months())
        .first()
        .extracting(TrainingRecord.Month::month, TrainingRecord.Month::cost)
        .containsExactly("2025-01", new BigDecimal("3500"));
  }

  @Test
  void shouldThrowABpmnErrorWhenTheInstitutionReportedNoTraining() {
    // when
    BpmnError error =
        catchThrowableOfType(
            BpmnError.class,
            () ->
                trainingRecords.fetchTrainingRecords(
                    new FetchTrainingRecordsInput(WANG_XIAOYU, XINGYU, 2019)));

    // then
    assertThat(error.getErrorCode()).isEqualTo("NO_TRAINING_RECORDS");
    assertThat(error.getVariables())
        .asInstanceOf(MAP)
        .extractingByKey("correctionRequest")
        .asString()
        .contains("2019年度", "523303025490Q910KM");
  }

  @Test
  void shouldFindTheCommitteesFindingAndTheMonthsTheDeferralCovers() {
    // when
    var finding =
        findings
            .checkSpecialEducationFinding(new CheckSpecialEducationFindingInput(ZHANG_HAORAN))
            .committeeFinding();
    var deferral =
        deferrals
            .checkSchoolingDeferral(new CheckSchoolingDeferralInput(ZHANG_HAORAN, 2025))
            .deferral();

    // then
    assertThat(finding.unfitForCompulsoryEducation()).isTrue();
    assertThat(finding.committee()).isEqualTo("温州市鹿城区特殊儿童教育专业委员会");
    assertThat(deferral.coveredMonths()).hasSize(12).startsWith("2025-01").endsWith("2025-12");
    assertThat(deferral.certificates()).allMatch(certificate -> certificate.accepted());
  }

  @Test
  void shouldNotAcceptADeferralFromAnotherCountysBureau() {
    // given 钱思远 is registered in 瑞安市; his certificates come from 鹿城区

    // when
    var deferral =
        deferrals
            .checkSchoolingDeferral(new CheckSchoolingDeferralInput(QIAN_SIYUAN, 2025))
            .deferral();

    // then
    assertThat(deferral.coveredMonths()).isEmpty();
    assertThat(deferral.certificates())
        .extracting(certificate -> certificate.accepted(), certificate -> certificate.reason())
        .containsOnly(tuple(false, "非户籍所在地县（市、区）教育部门出具"));
  }

  @Test
  void shouldTellADesignatedInstitutionFromASuspendedOne() {
    // when
    DesignationStanding xingyu =
        designatedInstitutions
            .checkDesignatedInstitution(new CheckDesignatedInstitutionInput(XINGYU, 2025))
            .designatedInstitution();
    DesignationStanding beilei =
        designatedInstitutions
            .checkDesignatedInstitution(new CheckDesignatedInstitutionInput(BEILEI, 2025))
            .designatedInstitution();
    DesignationStanding unknown =
        designatedInstitutions
            .checkDesignatedInstitution(new CheckDesignatedInstitutionInput(CHUNYA, 2025))
            .designatedInstitution();

    // then
    assertThat(xingyu.inGoodStanding()).isTrue();
    assertThat(xingyu.ownership()).isEqualTo("private");
    assertThat(xingyu.payeeAccount()).matches("\\d{19}");
    assertThat(beilei.inGoodStanding()).isFalse();
    assertThat(beilei.reason()).startsWith("该机构已暂停定点：");
    assertThat(unknown.found()).isFalse();
    assertThat(unknown.reason()).isEqualTo("查无此定点康复机构");
  }

  @Test
  void shouldListThePrivateInstitutionsDesignatedDuringTheYear() {
    // when
    List<ListedInstitution> institutions =
        institutionLists
            .listDesignatedInstitutions(new ListDesignatedInstitutionsInput(2025, "private"))
            .institutions();

    // then the one that exited on 2025-12-31 trained children in 2025 as designated
    assertThat(institutions)
        .extracting(ListedInstitution::name)
        .contains("温州市鹿城区星语儿童康复中心", "瑞安市阳光儿童康复中心", "苍南县彩虹儿童康复中心")
        .doesNotContain("温州市残疾人康复中心");
  }

  @Test
  void shouldListTheChildrenAnInstitutionTrained() {
    // when
    List<TrainedChild> children =
        institutionTraining
            .fetchInstitutionTrainingRecords(new FetchInstitutionTrainingRecordsInput(XINGYU, 2025))
            .trainedChildren();

    // then
    assertThat(children)
        .extracting(TrainedChild::childName, TrainedChild::monthsTrained)
        .contains(tuple("王小宇", 12), tuple("张浩然", 12), tuple("周子涵", 12));
  }

  @Test
  void shouldRecordADecisionOnceAndRaiseAnIncidentForARefusedOne() {
    // given
    Map<String, Object> admission = new LinkedHashMap<>();
    admission.put("unifiedSocialCreditCode", XIAOSHUMIAO.unifiedSocialCreditCode());
    admission.put("decisionId", "ZR-WORKER-TEST-ADMIT");
    admission.put("kind", "ADMIT");
    admission.put("effectiveOn", "2026-07-01");
    admission.put("reason", "定点准入");
    admission.put("policyClause", "item 5.1");
    admission.put("caseId", "ZR-WORKER-TEST");
    admission.put(
        "institution",
        Map.of(
            "name", XIAOSHUMIAO.name(),
            "ownership", "private",
            "legalPersonType", "private-non-enterprise",
            "county", "longwan",
            "managingDepartment", "education",
            "services", List.of("speech", "autism"),
            "payee",
                Map.of(
                    "accountName", XIAOSHUMIAO.name(),
                    "accountNumber", "6222021203001234567",
                    "bankName", "温州银行")));
    admission.put(
        "agreement",
        Map.of(
            "agreementNumber", "WZKF-2026-201",
            "validFrom", "2026-07-01",
            "validUntil", "2027-06-30"));

    // when
    var first = decisions.recordDesignationDecision(new RecordDesignationDecisionInput(admission));
    var again = decisions.recordDesignationDecision(new RecordDesignationDecisionInput(admission));
    Map<String, Object> readmission = new LinkedHashMap<>(admission);
    readmission.put("decisionId", "ZR-WORKER-TEST-READMIT");
    readmission.put("kind", "READMIT");
    JobError refused =
        catchThrowableOfType(
            JobError.class,
            () ->
                decisions.recordDesignationDecision(
                    new RecordDesignationDecisionInput(readmission)));

    // then
    assertThat(first.designation().status()).isEqualTo("DESIGNATED");
    assertThat(first.designation().agreementValidUntil()).isEqualTo("2027-06-30");
    assertThat(again).isEqualTo(first);
    assertThat(
            designatedInstitutions
                .checkDesignatedInstitution(new CheckDesignatedInstitutionInput(XIAOSHUMIAO, null))
                .designatedInstitution()
                .inGoodStanding())
        .isTrue();
    assertThat(refused.getRetries()).isZero();
    assertThat(refused.getErrorMessage()).contains("409", "but it is DESIGNATED");
  }

  @Test
  void shouldReadTheLegalPersonAndThrowABpmnErrorForAnUnknownOne() {
    // when
    var qihang = legalPersons.checkLegalPersonStatus(new CheckLegalPersonStatusInput(QIHANG));
    BpmnError unknown =
        catchThrowableOfType(
            BpmnError.class,
            () ->
                legalPersons.checkLegalPersonStatus(
                    new CheckLegalPersonStatusInput(
                        new InstitutionReference("91330302MA2AP0BX3K", "某某康复中心", null))));

    // then
    assertThat(qihang.legalPerson().active()).isTrue();
    assertThat(qihang.legalPerson().nameMatches()).isTrue();
    assertThat(qihang.legalPerson().legalPersonType()).isEqualTo("enterprise");
    assertThat(qihang.legalPerson().establishedOn()).isEqualTo("2021-08-02");
    assertThat(unknown.getErrorCode()).isEqualTo("LEGAL_PERSON_NOT_FOUND");
  }

  @Test
  void shouldFindTheLicenceInForceOnTheDayOfTheCheck() {
    // when
    var before = licences.checkMedicalLicence(new CheckMedicalLicenceInput(QIHANG, "2026-07-01"));
    var after = licences.checkMedicalLicence(new CheckMedicalLicenceInput(QIHANG, "2026-10-01"));
    var none = licences.checkMedicalLicence(new CheckMedicalLicenceInput(XINGYU, "2026-07-01"));

    // then the renewed licence is the one the application declared
    assertThat(before.medicalLicence().held()).isTrue();
    assertThat(before.medicalLicence().validUntil()).isEqualTo("2026-08-31");
    assertThat(before.medicalLicence().matchesDeclared()).isFalse();
    assertThat(after.medicalLicence().matchesDeclared()).isTrue();
    assertThat(none.medicalLicence().held()).isFalse();
    assertThat(none.medicalLicence().reason()).isNull();
  }

  @Test
  void shouldRequireBothInsurancesInForce() {
    // when
    var insured =
        insurance.checkInstitutionInsurance(
            new CheckInstitutionInsuranceInput(XIAOSHUMIAO, "2026-07-01"));
    var lapsed =
        insurance.checkInstitutionInsurance(
            new CheckInstitutionInsuranceInput(CHUNYA, "2026-07-01"));

    // then
    assertThat(insured.insurance().allInForce()).isTrue();
    assertThat(insured.insurance().accident().insuredChildren()).isEqualTo(20);
    assertThat(lapsed.insurance().allInForce()).isFalse();
    assertThat(lapsed.insurance().reason()).isEqualTo("未投保在保险期间内的机构责任保险；未投保在保险期间内的在训儿童意外伤害保险");
  }

  @Test
  void shouldFailTheJobWithTheBackoffWhileABureauFails() {
    // given
    sandbox()
        .put()
        .uri("/sandbox/admin/faults")
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"system\": \"dpf-training-records\", \"failNext\": 1}")
        .retrieve()
        .toBodilessEntity();
    var input = new FetchTrainingRecordsInput(WANG_XIAOYU, XINGYU, 2025);

    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> trainingRecords.fetchTrainingRecords(input));

    // then the next attempt succeeds
    assertThat(error.getRetries()).isNull();
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(15));
    assertThat(error.getErrorMessage())
        .startsWith("Expected 200 from GET http://localhost:")
        .contains("/sandbox/dpf/training-records?year=2025&childIdNumber=330302202005120310")
        .endsWith("but got 503 SERVICE_UNAVAILABLE");
    assertThat(trainingRecords.fetchTrainingRecords(input).training().monthsTrained())
        .isEqualTo(12);
  }

  @Test
  void shouldRaiseAnIncidentAtOnceForAMissingVariable() {
    // when
    JobError error =
        catchThrowableOfType(
            JobError.class,
            () ->
                trainingRecords.fetchTrainingRecords(
                    new FetchTrainingRecordsInput(WANG_XIAOYU, XINGYU, null)));

    // then
    assertThat(error.getRetries()).isZero();
    assertThat(error.getErrorMessage())
        .isEqualTo(
            "Expected variable subsidyYear for job type dpf-fetch-training-records, but it was"
                + " missing");
  }

  private RestClient sandbox() {
    return RestClient.create("http://localhost:" + port);
  }
}

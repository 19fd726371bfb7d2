package org.tongxing.workers.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.workers.WorkersSandboxTest;
import org.tongxing.workers.lowincome.CheckLowIncomeStatusInput;
import org.tongxing.workers.lowincome.CheckLowIncomeStatusWorker;
import org.tongxing.workers.lowincome.Guardian;
import org.tongxing.workers.lowincome.LowIncomeCheck;

@WorkersSandboxTest
class EducationWorkersSandboxTest {

  private static final Student CHEN_SIYUAN = new Student("陈思远", "330302200503120015");
  private static final Student WANG_SIQI = new Student("王思琪", "330303200704180029");
  private static final Student ZHU_YIFAN = new Student("朱一凡", "330304200909090031");
  private static final Student XIE_LIJUN = new Student("谢丽君", "330302199712254823");

  @Autowired private CheckSchoolEnrolmentWorker enrolment;
  @Autowired private CheckExamCertificateWorker examCertificate;
  @Autowired private CheckLowIncomeStatusWorker lowIncome;

  @Test
  void shouldReadTheSchoolLevelOfTheSchoolYear() {
    // when
    EnrolmentCheck bachelor = enrol(CHEN_SIYUAN, "2025-2026");
    EnrolmentCheck none = enrol(WANG_SIQI, "2024-2025");
    EnrolmentCheck suspended = enrol(new Student("李明", "330381200106203314"), "2025-2026");

    // then
    assertThat(bachelor.enrolled()).isTrue();
    assertThat(bachelor.level()).isEqualTo("bachelor");
    assertThat(bachelor.schoolName()).isEqualTo("浙江工业大学");
    assertThat(none.found()).isFalse();
    assertThat(none.reason()).isEqualTo("教育部门查无该学生本学年学籍");
    assertThat(suspended.found()).isTrue();
    assertThat(suspended.enrolled()).isFalse();
    assertThat(suspended.reason()).isEqualTo("学籍状态为“休学”");
  }

  @Test
  void shouldCheckTheExamCertificateBelongsToTheStudent() {
    // when
    ExamCertificateCheck own = certificate(XIE_LIJUN, "ZK3301202506300157");
    ExamCertificateCheck someoneElses = certificate(CHEN_SIYUAN, "ZK3301202506300157");
    ExamCertificateCheck unknown = certificate(XIE_LIJUN, "ZK3301202506309999");

    // then
    assertThat(own.holderMatches()).isTrue();
    assertThat(own.examType()).isEqualTo("self-study");
    assertThat(own.issuedOn()).isEqualTo("2025-06-30");
    assertThat(someoneElses.found()).isTrue();
    assertThat(someoneElses.reason()).isEqualTo("证书持有人与申请学生不符");
    assertThat(unknown.reason()).isEqualTo("查无此成人高考或自学考试证书");
  }

  @Test
  void shouldReadTheLowIncomeStatusAndWhetherTheParentSharesTheHousehold() {
    // when
    LowIncomeCheck subsistence =
        lowIncome(CHEN_SIYUAN, new Guardian("林秀芳", "330302197907070021", "mother"));
    LowIncomeCheck marginal =
        lowIncome(WANG_SIQI, new Guardian("王海涛", "330303198102071511", "father"));
    LowIncomeCheck otherParent =
        lowIncome(WANG_SIQI, new Guardian("陈建国", "330302197804152112", "father"));
    LowIncomeCheck endedIn2023 =
        lowIncome(ZHU_YIFAN, new Guardian("朱小红", "330304198304028227", "mother"));

    // then
    assertThat(subsistence.status()).isEqualTo("subsistence");
    assertThat(subsistence.lowIncome()).isTrue();
    assertThat(subsistence.guardianInHousehold()).isTrue();
    assertThat(marginal.status()).isEqualTo("marginal");
    assertThat(marginal.lowIncome()).isTrue();
    assertThat(otherParent.guardianInHousehold()).isFalse();
    assertThat(otherParent.reason()).isEqualTo("申报的父母不是该低保（低保边缘）家庭成员");
    assertThat(endedIn2023.status()).isEqualTo("none");
    assertThat(endedIn2023.lowIncome()).isFalse();
  }

  private EnrolmentCheck enrol(Student student, String schoolYear) {
    return enrolment
        .checkSchoolEnrolment(new CheckSchoolEnrolmentInput(student, schoolYear))
        .enrolmentCheck();
  }

  private ExamCertificateCheck certificate(Student student, String number) {
    return examCertificate
        .checkExamCertificate(new CheckExamCertificateInput(student, number))
        .examCertificateCheck();
  }

  private LowIncomeCheck lowIncome(Student student, Guardian guardian) {
    return lowIncome
        .checkLowIncomeStatus(new CheckLowIncomeStatusInput(student, guardian, "2025-09-01"))
        .lowIncomeCheck();
  }
}

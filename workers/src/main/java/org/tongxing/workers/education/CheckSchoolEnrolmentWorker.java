package org.tongxing.workers.education;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.education.Enrolment;
import org.tongxing.workers.bureau.education.EnrolmentClient;
import org.tongxing.workers.identifiers.ResidentIdNumber;

/**
 * Checks the student's enrolment (学籍) in the school year with the education bureau (job type
 * {@value #JOB_TYPE}; BPMN task {@code Task_CheckSchoolEnrolment} of {@code education-grant};
 * policy item 7.6–7.7: the grant is per school year and by school level).
 *
 * <p>Reads {@code student} and {@code schoolYear}; completes with {@code enrolmentCheck} ({@link
 * EnrolmentCheck}). No enrolment, or one suspended, is a result with a reason. When the system
 * gives no answer, fails the job for a retry ({@link BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckSchoolEnrolmentWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "education-check-school-enrolment";

  static final String WORKER = "check-school-enrolment";
  static final String REASON_INVALID_ID = "学生身份证号校验不通过";
  static final String REASON_NOT_FOUND = "教育部门查无该学生本学年学籍";
  static final String REASON_NOT_ENROLLED = "学籍状态为";
  static final String REASON_OTHER_NAME = "学籍姓名与申报姓名不符";

  private final EnrolmentClient enrolments;
  private final BureauRetries retries;

  public CheckSchoolEnrolmentWorker(EnrolmentClient enrolments, BureauRetries retries) {
    this.enrolments = enrolments;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(EnrolmentCheck enrolmentCheck) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkSchoolEnrolment(@VariablesAsType CheckSchoolEnrolmentInput input) {
    String idNumber =
        ResidentIdNumber.normalise(input.student() == null ? null : input.student().idNumber());
    if (!ResidentIdNumber.isValid(idNumber)) {
      return new Output(notFound(REASON_INVALID_ID));
    }
    try {
      return new Output(
          enrolments
              .findEnrolment(idNumber, input.schoolYear())
              .map(enrolment -> check(enrolment, input.student().name()))
              .orElseGet(() -> notFound(REASON_NOT_FOUND)));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }

  private static EnrolmentCheck check(Enrolment enrolment, String declaredName) {
    boolean studying = Enrolment.ENROLLED.equals(enrolment.status());
    boolean sameName = declaredName == null || declaredName.strip().equals(enrolment.name());
    String reason =
        !sameName
            ? REASON_OTHER_NAME
            : !studying ? REASON_NOT_ENROLLED + "“" + enrolment.statusName() + "”" : null;
    return new EnrolmentCheck(
        true,
        studying && sameName,
        enrolment.schoolName(),
        enrolment.level(),
        enrolment.levelName(),
        enrolment.grade(),
        enrolment.status(),
        enrolment.statusName(),
        reason);
  }

  private static EnrolmentCheck notFound(String reason) {
    return new EnrolmentCheck(false, false, null, null, null, null, null, null, reason);
  }
}

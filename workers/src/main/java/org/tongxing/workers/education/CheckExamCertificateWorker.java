package org.tongxing.workers.education;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.education.ExamCertificate;
import org.tongxing.workers.bureau.education.ExamCertificateClient;
import org.tongxing.workers.identifiers.ResidentIdNumber;

/**
 * Checks the adult or self-study examination certificate of a one-off grant (job type {@value
 * #JOB_TYPE}; BPMN task {@code Task_CheckExamCertificate} of {@code education-grant}; policy item
 * 7.6–7.7).
 *
 * <p>Reads {@code student} and {@code examCertificateNumber}; completes with {@code
 * examCertificateCheck} ({@link ExamCertificateCheck}). An unknown certificate, or one of somebody
 * else, is a result with a reason. When the system gives no answer, fails the job for a retry
 * ({@link BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckExamCertificateWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "education-check-exam-certificate";

  static final String WORKER = "check-exam-certificate";
  static final String REASON_MISSING_NUMBER = "未填写证书编号";
  static final String REASON_NOT_FOUND = "查无此成人高考或自学考试证书";
  static final String REASON_OTHER_HOLDER = "证书持有人与申请学生不符";

  private final ExamCertificateClient certificates;
  private final BureauRetries retries;

  public CheckExamCertificateWorker(ExamCertificateClient certificates, BureauRetries retries) {
    this.certificates = certificates;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(ExamCertificateCheck examCertificateCheck) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkExamCertificate(@VariablesAsType CheckExamCertificateInput input) {
    String number =
        input.examCertificateNumber() == null ? "" : input.examCertificateNumber().strip();
    if (number.isEmpty()) {
      return new Output(notFound(null, REASON_MISSING_NUMBER));
    }
    try {
      return new Output(
          certificates
              .findCertificate(number)
              .map(certificate -> check(certificate, input.student()))
              .orElseGet(() -> notFound(number, REASON_NOT_FOUND)));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }

  private static ExamCertificateCheck check(ExamCertificate certificate, Student student) {
    String idNumber = ResidentIdNumber.normalise(student == null ? null : student.idNumber());
    boolean holder = idNumber != null && idNumber.equals(certificate.holderIdNumber());
    return new ExamCertificateCheck(
        certificate.certificateNumber(),
        true,
        holder,
        certificate.examType(),
        certificate.examTypeName(),
        certificate.level(),
        certificate.levelName(),
        certificate.major(),
        certificate.issuedOn() == null ? null : certificate.issuedOn().toString(),
        holder ? null : REASON_OTHER_HOLDER);
  }

  private static ExamCertificateCheck notFound(String number, String reason) {
    return new ExamCertificateCheck(
        number, false, false, null, null, null, null, null, null, reason);
  }
}

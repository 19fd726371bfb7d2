package org.tongxing.sandbox.education;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.sandbox.BureauSystem;
import org.tongxing.sandbox.ConditionalOnSandboxEnabled;
import org.tongxing.sandbox.RecordNotFoundException;
import org.tongxing.sandbox.SandboxProblems;
import org.tongxing.sandbox.faults.FaultInjector;

/**
 * Simulates the look-up of adult and self-study examination certificates (成人高考、自学考试证书): {@code GET
 * /sandbox/education/exam-certificates/{certificateNumber}}.
 *
 * <p>Answers 200 with the {@link ExamCertificate}, 404 problem JSON of type {@code
 * exam-certificate-not-found} for a number not on file, 503 when a fault is injected for {@link
 * BureauSystem#EDUCATION_EXAM_CERTIFICATES}.
 */
@RestController
@RequestMapping("/sandbox/education/exam-certificates")
@ConditionalOnSandboxEnabled
public class ExamCertificateController {

  private final ExamCertificateRepository certificates;
  private final FaultInjector faults;

  public ExamCertificateController(ExamCertificateRepository certificates, FaultInjector faults) {
    this.certificates = certificates;
    this.faults = faults;
  }

  @GetMapping("/{certificateNumber}")
  public ExamCertificate getCertificate(@PathVariable String certificateNumber) {
    faults.beforeRequest(BureauSystem.EDUCATION_EXAM_CERTIFICATES);
    return certificates
        .findByNumber(certificateNumber)
        .orElseThrow(
            () ->
                new RecordNotFoundException(
                    SandboxProblems.EXAM_CERTIFICATE_NOT_FOUND,
                    "查无此证书 (examination certificate not found)",
                    "Expected an examination certificate numbered '%s', but there is none"
                        .formatted(certificateNumber)));
  }
}

package org.tongxing.workers.certificates;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.DisabilityCertificateClient;

/**
 * Checks the disability certificates of the employees an employer declared, with the DPF
 * certificate system (job type {@value #JOB_TYPE}; BPMN task {@code
 * Task_CheckDisabilityCertificates} of {@code employment-subsidy}).
 *
 * <p>Reads {@code employees} [{name, idNumber, certificateNumber}]. Completes the job with {@code
 * certificateChecks}, {@code validCertificateCount} and {@code allCertificatesValid} (see {@link
 * CheckDisabilityCertificatesOutput}); an unknown, foreign, expired or revoked certificate is a
 * result, not an error.
 *
 * <p>When the certificate system cannot answer, fails the job with one retry less and a back-off of
 * {@code tongxing.workers.check-disability-certificates.retry-backoff} (default 10 s); when no
 * retry is left, the engine raises an incident.
 */
@Component
public class CheckDisabilityCertificatesWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "dpf-check-disability-certificates";

  private final DisabilityCertificateClient certificates;
  private final Duration retryBackoff;

  public CheckDisabilityCertificatesWorker(
      DisabilityCertificateClient certificates,
      @Value("${tongxing.workers.check-disability-certificates.retry-backoff:10s}")
          Duration retryBackoff) {
    this.certificates = certificates;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckDisabilityCertificatesOutput checkDisabilityCertificates(
      @VariablesAsType CheckDisabilityCertificatesInput input) {
    try {
      return CheckDisabilityCertificatesOutput.of(
          CertificateCheckRules.checkAll(input.employees(), certificates::findCertificate));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff);
    }
  }
}

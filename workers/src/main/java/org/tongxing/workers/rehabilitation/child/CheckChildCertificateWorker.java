package org.tongxing.workers.rehabilitation.child;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.DisabilityCertificateClient;
import org.tongxing.workers.certificates.CertificateCheckRules;
import org.tongxing.workers.rehabilitation.ChildReference;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Checks the child's disability certificate with the DPF certificate system (job type {@value
 * #JOB_TYPE}; {@code Task_CheckChildCertificate} of {@code child-rehabilitation-subsidy}, item
 * 6.2), with the same rules as the employees' check (number, holder, status).
 *
 * <p>Reads {@code child} {name, idNumber, certificateNumber}; completes with {@code
 * childCertificate} (see {@link ChildCertificate}). An unknown, foreign, expired or revoked
 * certificate is a result for the reviewer; an unreachable system fails the job with a back-off.
 */
@Component
public class CheckChildCertificateWorker {

  public static final String JOB_TYPE = "dpf-check-child-certificate";

  private final DisabilityCertificateClient certificates;
  private final RetryBackoff retryBackoff;

  public CheckChildCertificateWorker(
      DisabilityCertificateClient certificates, RetryBackoff retryBackoff) {
    this.certificates = certificates;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckChildCertificateOutput checkChildCertificate(
      @VariablesAsType CheckChildCertificateInput input) {
    ChildReference child = RequiredVariables.require(input.child(), "child", JOB_TYPE);
    try {
      return new CheckChildCertificateOutput(
          ChildCertificate.of(
              child,
              CertificateCheckRules.verify(
                  child.name(),
                  child.idNumber(),
                  child.certificateNumber(),
                  certificates::findCertificate)));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

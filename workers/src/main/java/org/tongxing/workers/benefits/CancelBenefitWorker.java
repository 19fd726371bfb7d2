package org.tongxing.workers.benefits;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.BenefitRegisterClient;

/**
 * Removes the case's record of a benefit from the DPF's register when it was not paid after all
 * (job type {@value #JOB_TYPE}), so that the applicant may apply again. Another case's record is
 * never touched.
 *
 * <p>Reads {@code benefit}; completes with {@code benefitCancelled}: false when another case holds
 * the benefit. When the register gives no answer, fails the job for a retry ({@link BureauRetries},
 * key {@value #WORKER}).
 */
@Component
public class CancelBenefitWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "dpf-cancel-benefit";

  static final String WORKER = "cancel-benefit";

  private final BenefitRegisterClient register;
  private final BureauRetries retries;

  public CancelBenefitWorker(BenefitRegisterClient register, BureauRetries retries) {
    this.register = register;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(boolean benefitCancelled) {}

  @JobWorker(type = JOB_TYPE)
  public Output cancelBenefit(@VariablesAsType BenefitInput input) {
    Benefit benefit = input.requireBenefit();
    try {
      return new Output(
          register
              .cancelBenefit(
                  benefit.scheme(), benefit.subject(), benefit.period(), benefit.caseId())
              .isEmpty());
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }
}

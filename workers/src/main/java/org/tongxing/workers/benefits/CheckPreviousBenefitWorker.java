package org.tongxing.workers.benefits;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.BenefitRegisterClient;

/**
 * Looks the benefit up in the DPF's register (发放台账) before the case is checked, so that a duplicate
 * application is refused at once with the case that holds the benefit (job type {@value #JOB_TYPE};
 * policy item 7.6–7.7 "每学年", item 1.4–1.6 "每年"). The register, not a search of process instances,
 * decides: it is written atomically and also holds the grants paid outside Tongxing.
 *
 * <p>Reads {@code benefit}; completes with {@code previousBenefit} ({@link PreviousBenefit}). When
 * the register gives no answer, fails the job for a retry ({@link BureauRetries}, key {@value
 * #WORKER}).
 */
@Component
public class CheckPreviousBenefitWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "dpf-check-previous-benefit";

  static final String WORKER = "check-previous-benefit";

  private final BenefitRegisterClient register;
  private final BureauRetries retries;

  public CheckPreviousBenefitWorker(BenefitRegisterClient register, BureauRetries retries) {
    this.register = register;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(PreviousBenefit previousBenefit) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkPreviousBenefit(@VariablesAsType BenefitInput input) {
    Benefit benefit = input.requireBenefit();
    try {
      return new Output(
          register
              .findBenefit(benefit.scheme(), benefit.subject(), benefit.period())
              .map(record -> PreviousBenefit.of(record, benefit.caseId()))
              .orElseGet(PreviousBenefit::none));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }
}

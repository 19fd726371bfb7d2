package org.tongxing.workers.benefits;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.BenefitRegisterClient;

/**
 * Records an approved benefit in the DPF's register (发放台账) before it is paid (job type {@value
 * #JOB_TYPE}): the one write that keeps a benefit once per period when two applications race past
 * the early check. Recording again for the same case changes nothing, so a retried job is safe.
 *
 * <p>Reads {@code benefit}; completes with {@code benefitRecordedAt}. When another case holds the
 * benefit, throws the BPMN error {@value #ALREADY_GRANTED} with {@code previousBenefit}. When the
 * register gives no answer, fails the job for a retry ({@link BureauRetries}, key {@value
 * #WORKER}).
 */
@Component
public class RecordBenefitWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "dpf-record-benefit";

  /** The BPMN error code an error boundary event of the task catches. */
  public static final String ALREADY_GRANTED = "BENEFIT_ALREADY_GRANTED";

  static final String WORKER = "record-benefit";

  private final BenefitRegisterClient register;
  private final BureauRetries retries;

  public RecordBenefitWorker(BenefitRegisterClient register, BureauRetries retries) {
    this.register = register;
    this.retries = retries;
  }

  /** The variables the job completes with: when the register recorded it, an ISO instant. */
  public record Output(String benefitRecordedAt) {}

  @JobWorker(type = JOB_TYPE)
  public Output recordBenefit(@VariablesAsType BenefitInput input) {
    Benefit benefit = input.requireBenefit();
    BenefitRegisterClient.Recorded recorded;
    try {
      recorded =
          register.recordBenefit(
              benefit.scheme(),
              benefit.subject(),
              benefit.period(),
              benefit.caseId(),
              benefit.amount(),
              benefit.description());
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
    if (recorded.isRefused()) {
      throw CamundaError.bpmnError(
          ALREADY_GRANTED,
          "该项补助已由案件 %s 享受（%s，%s，%s）"
              .formatted(
                  recorded.heldByCaseId(), benefit.scheme(), benefit.subject(), benefit.period()),
          Map.of("previousBenefit", PreviousBenefit.heldBy(recorded.heldByCaseId())));
    }
    return new Output(String.valueOf(recorded.record().recordedAt()));
  }
}

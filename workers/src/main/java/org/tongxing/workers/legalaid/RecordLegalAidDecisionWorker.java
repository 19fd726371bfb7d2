package org.tongxing.workers.legalaid;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.justice.LegalAidClient;
import org.tongxing.workers.bureau.justice.LegalAidDecision;

/**
 * Records the legal aid agency's decision, taken in the tasklist, in the Justice system (job type
 * {@value #JOB_TYPE}; policy item 10.2).
 *
 * <p>Reads {@code decisionRecord} (see {@link RecordLegalAidDecisionInput}); recording the same
 * decision twice is harmless, so a retried job is too. Completes with {@link
 * RecordLegalAidDecisionOutput}. A decision the Justice system refuses (another one recorded there,
 * an unknown application) raises an incident at once: the two systems disagree, which a person has
 * to look at. An unreachable system fails the job with a back-off, then raises an incident.
 */
@Component
public class RecordLegalAidDecisionWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "justice-record-legal-aid-decision";

  private final LegalAidClient legalAid;
  private final Duration retryBackoff;

  public RecordLegalAidDecisionWorker(
      LegalAidClient legalAid,
      @Value("${tongxing.workers.justice-legal-aid.retry-backoff:10s}") Duration retryBackoff) {
    this.legalAid = legalAid;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public RecordLegalAidDecisionOutput recordLegalAidDecision(
      @VariablesAsType RecordLegalAidDecisionInput input) {
    RecordLegalAidDecisionInput.Decision decision = input.decisionRecord();
    if (decision == null || decision.applicationNumber() == null) {
      throw CamundaError.jobError(
          "Expected a local variable 'decisionRecord' with the applicationNumber (an input"
              + " mapping of the task), but there is none",
          null,
          0);
    }
    try {
      return RecordLegalAidDecisionOutput.of(
          legalAid.recordDecision(
              decision.applicationNumber(),
              new LegalAidDecision(
                  decision.decision(),
                  decision.reason(),
                  decision.provider(),
                  decision.decidedBy())));
    } catch (BureauRequestInvalidException e) {
      throw BureauJobErrors.incidentNow(e);
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff);
    }
  }
}

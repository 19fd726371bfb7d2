package org.tongxing.workers.legalaid;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.justice.LegalAidApplicationRefusedException;
import org.tongxing.workers.bureau.justice.LegalAidClient;

/**
 * Files a legal aid application with the Justice Bureau on the petitioner's behalf (job type
 * {@value #JOB_TYPE}; policy item 10.2: 扩大残疾人享受法律援助的范围).
 *
 * <p>Reads {@code legalAidRequest} (see {@link ApplyForLegalAidInput}); its {@code referenceId}
 * makes a retried job file once. Completes with {@link ApplyForLegalAidOutput}.
 *
 * <p>An application the system will not file (something missing or malformed) is a BPMN error
 * {@value #APPLICATION_INCOMPLETE} with the variable {@code legalAidRefusal} saying what; a
 * reference id the system has for another applicant raises an incident at once; an unreachable
 * system fails the job with one retry less and a back-off of {@code
 * tongxing.workers.justice-legal-aid.retry-backoff} (default 10 s), then raises an incident.
 */
@Component
public class ApplyForLegalAidWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "justice-apply-legal-aid";

  /** The BPMN error code of an application the Justice system will not file. */
  public static final String APPLICATION_INCOMPLETE = "LEGAL_AID_APPLICATION_INCOMPLETE";

  private final LegalAidClient legalAid;
  private final Duration retryBackoff;

  public ApplyForLegalAidWorker(
      LegalAidClient legalAid,
      @Value("${tongxing.workers.justice-legal-aid.retry-backoff:10s}") Duration retryBackoff) {
    this.legalAid = legalAid;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public ApplyForLegalAidOutput applyForLegalAid(@VariablesAsType ApplyForLegalAidInput input) {
    if (input.legalAidRequest() == null) {
      throw CamundaError.jobError(
          "Expected a local variable 'legalAidRequest' (an input mapping of the task), but there"
              + " is none",
          null,
          0);
    }
    try {
      return ApplyForLegalAidOutput.of(legalAid.file(input.legalAidRequest()));
    } catch (LegalAidApplicationRefusedException e) {
      throw CamundaError.bpmnError(
          APPLICATION_INCOMPLETE, e.getMessage(), Map.of("legalAidRefusal", e.getMessage()));
    } catch (BureauRequestInvalidException e) {
      throw BureauJobErrors.incidentNow(e);
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff);
    }
  }
}

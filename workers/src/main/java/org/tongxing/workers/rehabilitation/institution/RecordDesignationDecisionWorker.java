package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.DesignatedInstitutionClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Writes an accreditation decision to the DPF's designated-institution registry (job type {@value
 * #JOB_TYPE}; the record tasks of {@code institution-accreditation} and {@code
 * institution-annual-review}, item 5.1: 定点准入、协议管理、动态退出), so that the child subsidy's
 * designated-institution check sees what the process decided.
 *
 * <p>Reads {@code designationDecision}; completes with {@code designation} (see {@link
 * DesignationRecorded}). The registry applies a decision id once, so a retried job records once. A
 * decision the registry refuses (the institution's status does not allow it) raises an incident at
 * once: the process and the registry disagree, which a person has to look at.
 */
@Component
public class RecordDesignationDecisionWorker {

  public static final String JOB_TYPE = "dpf-record-designation-decision";

  private final DesignatedInstitutionClient registry;
  private final RetryBackoff retryBackoff;

  public RecordDesignationDecisionWorker(
      DesignatedInstitutionClient registry, RetryBackoff retryBackoff) {
    this.registry = registry;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public RecordDesignationDecisionOutput recordDesignationDecision(
      @VariablesAsType RecordDesignationDecisionInput input) {
    Map<String, Object> decision =
        new LinkedHashMap<>(
            RequiredVariables.require(
                input.designationDecision(), "designationDecision", JOB_TYPE));
    Object creditCode =
        RequiredVariables.require(
            decision.remove("unifiedSocialCreditCode"),
            "designationDecision.unifiedSocialCreditCode",
            JOB_TYPE);
    RequiredVariables.require(
        decision.get("decisionId"), "designationDecision.decisionId", JOB_TYPE);
    try {
      return new RecordDesignationDecisionOutput(
          DesignationRecorded.of(registry.recordDecision(creditCode.toString(), decision)));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    } catch (BureauRequestInvalidException e) {
      throw BureauJobErrors.incidentNow(e);
    }
  }
}

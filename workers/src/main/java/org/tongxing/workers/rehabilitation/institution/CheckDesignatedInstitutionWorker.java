package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.DesignatedInstitutionClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Reads an institution's standing in the DPF's designated-institution registry (job type {@value
 * #JOB_TYPE}): {@code Task_CheckDesignatedInstitution} of {@code child-rehabilitation-subsidy}
 * (item 6.2, training at a designated institution in good standing) and {@code
 * Task_CheckRegistryStatus} of {@code institution-accreditation} (item 5.1, an institution already
 * designated is not admitted again).
 *
 * <p>Reads {@code institution.unifiedSocialCreditCode} and, when set, {@code subsidyYear};
 * completes with {@code designatedInstitution} (see {@link DesignationStanding}). An institution
 * not on file is a result.
 */
@Component
public class CheckDesignatedInstitutionWorker {

  public static final String JOB_TYPE = "dpf-check-designated-institution";

  private final DesignatedInstitutionClient registry;
  private final RetryBackoff retryBackoff;

  public CheckDesignatedInstitutionWorker(
      DesignatedInstitutionClient registry, RetryBackoff retryBackoff) {
    this.registry = registry;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckDesignatedInstitutionOutput checkDesignatedInstitution(
      @VariablesAsType CheckDesignatedInstitutionInput input) {
    String creditCode =
        RequiredVariables.require(
                input.institution() == null ? null : input.institution().unifiedSocialCreditCode(),
                "institution.unifiedSocialCreditCode",
                JOB_TYPE)
            .strip();
    try {
      return new CheckDesignatedInstitutionOutput(
          registry
              .findInstitution(creditCode)
              .map(record -> DesignationStanding.of(record, input.subsidyYear()))
              .orElseGet(() -> DesignationStanding.notFound(creditCode)));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

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
 * Lists the institutions of one ownership designated during the subsidy year (job type {@value
 * #JOB_TYPE}; {@code Task_ListPrivateInstitutions} of {@code institution-operating-subsidy}, item
 * 6.4: private designated institutions).
 *
 * <p>Reads {@code subsidyYear} and {@code ownership}; completes with {@code institutions} (see
 * {@link ListedInstitution}), by credit code. An institution that exited during the year is listed:
 * it trained children while designated.
 */
@Component
public class ListDesignatedInstitutionsWorker {

  public static final String JOB_TYPE = "dpf-list-designated-institutions";

  private final DesignatedInstitutionClient registry;
  private final RetryBackoff retryBackoff;

  public ListDesignatedInstitutionsWorker(
      DesignatedInstitutionClient registry, RetryBackoff retryBackoff) {
    this.registry = registry;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public ListDesignatedInstitutionsOutput listDesignatedInstitutions(
      @VariablesAsType ListDesignatedInstitutionsInput input) {
    int year = RequiredVariables.require(input.subsidyYear(), "subsidyYear", JOB_TYPE);
    String ownership = RequiredVariables.require(input.ownership(), "ownership", JOB_TYPE);
    try {
      return new ListDesignatedInstitutionsOutput(
          registry.listInstitutions(ownership).stream()
              .filter(record -> ListedInstitution.designatedDuring(record, year))
              .map(ListedInstitution::of)
              .toList());
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

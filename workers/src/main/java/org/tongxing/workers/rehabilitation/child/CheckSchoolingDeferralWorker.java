package org.tongxing.workers.rehabilitation.child;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.education.EducationClient;
import org.tongxing.workers.rehabilitation.ChildReference;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Looks up the child's deferral and suspension certificates (缓学或休学证明) with the education bureaus
 * (job type {@value #JOB_TYPE}; {@code Task_CheckSchoolingDeferral} of {@code
 * child-rehabilitation-subsidy}, item 6.3).
 *
 * <p>Reads {@code child} {idNumber, householdCounty} and {@code subsidyYear}; completes with {@code
 * deferral} (see {@link SchoolingDeferralCheck}): which certificates count and which months of the
 * year they cover.
 */
@Component
public class CheckSchoolingDeferralWorker {

  public static final String JOB_TYPE = "education-check-schooling-deferral";

  private final EducationClient education;
  private final RetryBackoff retryBackoff;

  public CheckSchoolingDeferralWorker(EducationClient education, RetryBackoff retryBackoff) {
    this.education = education;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckSchoolingDeferralOutput checkSchoolingDeferral(
      @VariablesAsType CheckSchoolingDeferralInput input) {
    ChildReference child = RequiredVariables.require(input.child(), "child", JOB_TYPE);
    String idNumber = RequiredVariables.require(child.idNumber(), "child.idNumber", JOB_TYPE);
    String county =
        RequiredVariables.require(child.householdCounty(), "child.householdCounty", JOB_TYPE);
    int year = RequiredVariables.require(input.subsidyYear(), "subsidyYear", JOB_TYPE);
    try {
      return new CheckSchoolingDeferralOutput(
          SchoolingDeferralCheck.of(education.schoolingDeferrals(idNumber.strip()), county, year));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

package org.tongxing.workers.rehabilitation.child;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.education.EducationClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Looks up the county special-education committee's finding on the child (job type {@value
 * #JOB_TYPE}; {@code Task_CheckSpecialEducationFinding} of {@code child-rehabilitation-subsidy},
 * item 6.3).
 *
 * <p>Reads {@code child.idNumber}; completes with {@code committeeFinding} (see {@link
 * CommitteeFinding}). No finding is a result, not an error.
 */
@Component
public class CheckSpecialEducationFindingWorker {

  public static final String JOB_TYPE = "education-check-special-education-finding";

  private final EducationClient education;
  private final RetryBackoff retryBackoff;

  public CheckSpecialEducationFindingWorker(EducationClient education, RetryBackoff retryBackoff) {
    this.education = education;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckSpecialEducationFindingOutput checkSpecialEducationFinding(
      @VariablesAsType CheckSpecialEducationFindingInput input) {
    String idNumber =
        RequiredVariables.require(
            input.child() == null ? null : input.child().idNumber(), "child.idNumber", JOB_TYPE);
    try {
      return new CheckSpecialEducationFindingOutput(
          CommitteeFinding.of(education.specialEducationFindings(idNumber.strip())));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.insurance.InsuranceClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Checks the institution's liability insurance and its children's accident insurance with the
 * insurers (job type {@value #JOB_TYPE}; {@code Task_CheckInsurance} of {@code
 * institution-accreditation} and {@code institution-annual-review}, item 5.1).
 *
 * <p>Reads {@code institution.unifiedSocialCreditCode} and {@code asOf}; completes with {@code
 * insurance} (see {@link InsuranceCheck}). Missing insurance is a result.
 */
@Component
public class CheckInstitutionInsuranceWorker {

  public static final String JOB_TYPE = "insurance-check-institution-policies";

  private final InsuranceClient insurance;
  private final RetryBackoff retryBackoff;

  public CheckInstitutionInsuranceWorker(InsuranceClient insurance, RetryBackoff retryBackoff) {
    this.insurance = insurance;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckInstitutionInsuranceOutput checkInstitutionInsurance(
      @VariablesAsType CheckInstitutionInsuranceInput input) {
    String creditCode =
        RequiredVariables.require(
            input.institution() == null ? null : input.institution().unifiedSocialCreditCode(),
            "institution.unifiedSocialCreditCode",
            JOB_TYPE);
    LocalDate asOf = RequiredVariables.requireDate(input.asOf(), "asOf", JOB_TYPE);
    try {
      return new CheckInstitutionInsuranceOutput(
          InsuranceCheck.of(insurance.policies(creditCode.strip()), asOf));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

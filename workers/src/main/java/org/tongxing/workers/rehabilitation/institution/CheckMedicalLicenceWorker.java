package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.health.HealthClient;
import org.tongxing.workers.rehabilitation.InstitutionReference;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Checks the institution's medical institution licence (医疗机构执业许可证) with the health commission (job
 * type {@value #JOB_TYPE}; {@code Task_CheckMedicalLicence} of {@code institution-accreditation}
 * and {@code institution-annual-review}, item 5.2).
 *
 * <p>Reads {@code institution} {unifiedSocialCreditCode, medicalLicenceNumber} and {@code asOf};
 * completes with {@code medicalLicence} (see {@link MedicalLicenceCheck}). No licence is a result:
 * most rehabilitation institutions are not medical institutions.
 */
@Component
public class CheckMedicalLicenceWorker {

  public static final String JOB_TYPE = "health-check-medical-licence";

  private final HealthClient health;
  private final RetryBackoff retryBackoff;

  public CheckMedicalLicenceWorker(HealthClient health, RetryBackoff retryBackoff) {
    this.health = health;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckMedicalLicenceOutput checkMedicalLicence(
      @VariablesAsType CheckMedicalLicenceInput input) {
    InstitutionReference institution =
        RequiredVariables.require(input.institution(), "institution", JOB_TYPE);
    String creditCode =
        RequiredVariables.require(
            institution.unifiedSocialCreditCode(), "institution.unifiedSocialCreditCode", JOB_TYPE);
    LocalDate asOf = RequiredVariables.requireDate(input.asOf(), "asOf", JOB_TYPE);
    try {
      return new CheckMedicalLicenceOutput(
          MedicalLicenceCheck.of(
              health.licences(creditCode.strip()), institution.medicalLicenceNumber(), asOf));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

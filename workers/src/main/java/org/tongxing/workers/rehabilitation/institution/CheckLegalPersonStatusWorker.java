package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.health.HealthClient;
import org.tongxing.workers.rehabilitation.InstitutionReference;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Reads the institution's legal-person registration from the health commission's licensing system
 * (job type {@value #JOB_TYPE}; {@code Task_CheckLegalPersonStatus} of {@code
 * institution-accreditation} and {@code institution-annual-review}, item 5.2).
 *
 * <p>Reads {@code institution} {unifiedSocialCreditCode, name}; completes with {@code legalPerson}
 * (see {@link LegalPersonCheck}). No legal person under the code is a business outcome: BPMN error
 * {@value #LEGAL_PERSON_NOT_FOUND} with {@code rejectionReason}; an institution without
 * legal-person status cannot be designated (item 5.2).
 */
@Component
public class CheckLegalPersonStatusWorker {

  public static final String JOB_TYPE = "health-check-legal-person-status";
  public static final String LEGAL_PERSON_NOT_FOUND = "LEGAL_PERSON_NOT_FOUND";

  private final HealthClient health;
  private final RetryBackoff retryBackoff;

  public CheckLegalPersonStatusWorker(HealthClient health, RetryBackoff retryBackoff) {
    this.health = health;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public CheckLegalPersonStatusOutput checkLegalPersonStatus(
      @VariablesAsType CheckLegalPersonStatusInput input) {
    InstitutionReference institution =
        RequiredVariables.require(input.institution(), "institution", JOB_TYPE);
    String creditCode =
        RequiredVariables.require(
                institution.unifiedSocialCreditCode(),
                "institution.unifiedSocialCreditCode",
                JOB_TYPE)
            .strip();
    try {
      return health
          .findLegalPerson(creditCode)
          .map(
              person ->
                  new CheckLegalPersonStatusOutput(LegalPersonCheck.of(person, institution.name())))
          .orElseThrow(
              () ->
                  CamundaError.bpmnError(
                      LEGAL_PERSON_NOT_FOUND,
                      "Expected a legal person registered under %s, but none is"
                          .formatted(creditCode),
                      Map.of(
                          "rejectionReason",
                          "统一社会信用代码%s查无法人登记，不具备定点康复机构的法人资格（第5项）。".formatted(creditCode))));
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

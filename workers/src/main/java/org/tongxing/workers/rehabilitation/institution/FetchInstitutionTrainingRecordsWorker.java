package org.tongxing.workers.rehabilitation.institution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.TrainingRecordClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Fetches the children an institution trained in the subsidy year (job type {@value #JOB_TYPE};
 * {@code Task_FetchInstitutionTraining} of {@code institution-operating-subsidy}, item 6.4).
 *
 * <p>Reads {@code institution.unifiedSocialCreditCode} and {@code subsidyYear}; completes with
 * {@code trainedChildren} (see {@link TrainedChild}), empty when none was reported.
 */
@Component
public class FetchInstitutionTrainingRecordsWorker {

  public static final String JOB_TYPE = "dpf-fetch-institution-training-records";

  private final TrainingRecordClient trainingRecords;
  private final RetryBackoff retryBackoff;

  public FetchInstitutionTrainingRecordsWorker(
      TrainingRecordClient trainingRecords, RetryBackoff retryBackoff) {
    this.trainingRecords = trainingRecords;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public FetchInstitutionTrainingRecordsOutput fetchInstitutionTrainingRecords(
      @VariablesAsType FetchInstitutionTrainingRecordsInput input) {
    String creditCode =
        RequiredVariables.require(
            input.institution() == null ? null : input.institution().unifiedSocialCreditCode(),
            "institution.unifiedSocialCreditCode",
            JOB_TYPE);
    int year = RequiredVariables.require(input.subsidyYear(), "subsidyYear", JOB_TYPE);
    try {
      return new FetchInstitutionTrainingRecordsOutput(
          trainingRecords.institutionRecords(creditCode.strip(), year).stream()
              .map(TrainedChild::of)
              .toList());
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
  }
}

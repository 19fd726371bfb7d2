package org.tongxing.workers.rehabilitation.child;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.dpf.TrainingRecord;
import org.tongxing.workers.bureau.dpf.TrainingRecordClient;
import org.tongxing.workers.rehabilitation.RequiredVariables;
import org.tongxing.workers.rehabilitation.RetryBackoff;

/**
 * Fetches the child's training records at the designated institution for the subsidy year (job type
 * {@value #JOB_TYPE}; {@code Task_FetchTrainingRecords} of {@code child-rehabilitation-subsidy},
 * item 6.2: the subsidy is for training at a designated institution, up to the actual cost).
 *
 * <p>Reads {@code child.idNumber}, {@code institution.unifiedSocialCreditCode} and {@code
 * subsidyYear}; completes with {@code training} (see {@link ChildTraining}). No training reported
 * is a business outcome: BPMN error {@value #NO_TRAINING_RECORDS} with {@code correctionRequest},
 * which sends the application back for correction (a wrong institution or year, or a report still
 * missing).
 */
@Component
public class FetchTrainingRecordsWorker {

  public static final String JOB_TYPE = "dpf-fetch-training-records";
  public static final String NO_TRAINING_RECORDS = "NO_TRAINING_RECORDS";

  private final TrainingRecordClient trainingRecords;
  private final RetryBackoff retryBackoff;

  public FetchTrainingRecordsWorker(
      TrainingRecordClient trainingRecords, RetryBackoff retryBackoff) {
    this.trainingRecords = trainingRecords;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public FetchTrainingRecordsOutput fetchTrainingRecords(
      @VariablesAsType FetchTrainingRecordsInput input) {
    String idNumber =
        RequiredVariables.require(
            input.child() == null ? null : input.child().idNumber(), "child.idNumber", JOB_TYPE);
    String creditCode =
        RequiredVariables.require(
            input.institution() == null ? null : input.institution().unifiedSocialCreditCode(),
            "institution.unifiedSocialCreditCode",
            JOB_TYPE);
    int year = RequiredVariables.require(input.subsidyYear(), "subsidyYear", JOB_TYPE);
    List<TrainingRecord> records;
    try {
      records = trainingRecords.childRecords(idNumber.strip(), creditCode.strip(), year);
    } catch (BureauUnavailableException e) {
      throw BureauJobErrors.retryLater(e, retryBackoff.duration());
    }
    if (records.isEmpty() || records.stream().allMatch(record -> record.monthsTrained() == 0)) {
      String request =
          "定点康复机构（统一社会信用代码%s）未报送该儿童%d年度的康复训练记录，请核对康复机构和申请年度，或待机构报送后重新提交。"
              .formatted(creditCode, year);
      throw CamundaError.bpmnError(
          NO_TRAINING_RECORDS,
          "Expected training records of the child at institution %s in %d, but none was reported"
              .formatted(creditCode, year),
          Map.of("correctionRequest", request));
    }
    return new FetchTrainingRecordsOutput(ChildTraining.of(records));
  }
}

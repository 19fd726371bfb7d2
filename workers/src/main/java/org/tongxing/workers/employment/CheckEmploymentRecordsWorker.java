package org.tongxing.workers.employment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauJobErrors;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.hrss.SocialInsuranceClient;

/**
 * Reads, from HRSS, the social insurance contributions and wages the applying employer paid for
 * each declared disabled employee in the year (job type {@value #JOB_TYPE}; BPMN task {@code
 * Task_CheckEmploymentRecords} of {@code employment-subsidy}; policy item 1.4: "上年度按月实际支付给
 * 残疾人职工的工资").
 *
 * <p>Reads {@code employees}, {@code employer} and {@code year}; completes with {@code
 * employmentChecks}, one {@link EmploymentCheck} per employee in order. When HRSS gives no answer,
 * fails the job for a retry ({@link BureauRetries}, key {@value #WORKER}).
 */
@Component
public class CheckEmploymentRecordsWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "hrss-check-employment-records";

  static final String WORKER = "check-employment-records";

  private final SocialInsuranceClient socialInsurance;
  private final BureauRetries retries;

  public CheckEmploymentRecordsWorker(
      SocialInsuranceClient socialInsurance, BureauRetries retries) {
    this.socialInsurance = socialInsurance;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(List<EmploymentCheck> employmentChecks) {}

  @JobWorker(type = JOB_TYPE)
  public Output checkEmploymentRecords(@VariablesAsType CheckEmploymentRecordsInput input) {
    if (input.year() == null) {
      // a modelling error: retrying cannot help
      throw BureauJobErrors.incidentNow(
          new IllegalArgumentException(
              "Expected variable 'year' (the year the wages were paid in), but it is missing"));
    }
    String employer = input.employer() == null ? null : input.employer().unifiedSocialCreditCode();
    try {
      return new Output(
          EmploymentCheckRules.checkAll(
              input.employees(),
              employer,
              idNumber -> socialInsurance.getStatement(idNumber, input.year())));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }
}

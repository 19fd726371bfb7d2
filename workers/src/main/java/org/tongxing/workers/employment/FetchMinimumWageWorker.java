package org.tongxing.workers.employment;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauRetries;
import org.tongxing.workers.bureau.BureauUnavailableException;
import org.tongxing.workers.bureau.hrss.MinimumWageClient;
import org.tongxing.workers.identifiers.WenzhouCounty;

/**
 * Fetches the local monthly minimum wage of a county and year from HRSS (job type {@value
 * #JOB_TYPE}; BPMN task {@code Task_FetchMinimumWage} of {@code employment-subsidy}). Policy items
 * 1.4–1.6 count in months of it; minimum wages differ by county and change over the years, so they
 * are bureau data, never constants.
 *
 * <p>Reads {@code regionCode} (a GB/T 2260 code, or a {@link WenzhouCounty} id such as {@code
 * lucheng}) and {@code year}; completes with {@code minimumWage} ({@link MinimumWageResult}). A
 * county or year HRSS has no standard for is a result with a reason, not an error. When HRSS gives
 * no answer, fails the job for a retry ({@link BureauRetries}, key {@value #WORKER}).
 */
@Component
public class FetchMinimumWageWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN task. */
  public static final String JOB_TYPE = "hrss-fetch-minimum-wage";

  static final String WORKER = "fetch-minimum-wage";
  static final String REASON_NO_REGION = "未能确定用人单位所在县（市、区）";
  static final String REASON_NOT_FOUND = "人社部门无该地区该年度的最低工资标准";

  private final MinimumWageClient minimumWages;
  private final BureauRetries retries;

  public FetchMinimumWageWorker(MinimumWageClient minimumWages, BureauRetries retries) {
    this.minimumWages = minimumWages;
    this.retries = retries;
  }

  /** The variables the job completes with. */
  public record Output(MinimumWageResult minimumWage) {}

  @JobWorker(type = JOB_TYPE)
  public Output fetchMinimumWage(@VariablesAsType FetchMinimumWageInput input) {
    String region = WenzhouCounty.regionCodeOf(input.regionCode()).orElse(null);
    if (region == null || input.year() == null) {
      return new Output(
          MinimumWageResult.notFound(input.regionCode(), input.year(), REASON_NO_REGION));
    }
    try {
      return new Output(
          minimumWages
              .findMinimumWage(region, input.year())
              .map(MinimumWageResult::of)
              .orElseGet(
                  () ->
                      MinimumWageResult.notFound(
                          region,
                          input.year(),
                          REASON_NOT_FOUND + "（地区代码" + region + "，" + input.year() + "年）")));
    } catch (BureauUnavailableException e) {
      throw retries.retryLater(WORKER, e);
    }
  }
}

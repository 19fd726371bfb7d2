package org.tongxing.workers.rehabilitation;

import io.camunda.client.exception.JobError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tongxing.workers.bureau.BureauJobErrors;

/**
 * Checks the variables a worker cannot do without. A missing one is a modelling error, not a
 * business outcome and not worth a retry: the job fails with no retries, and the incident names the
 * variable and the job type.
 */
public final class RequiredVariables {

  private RequiredVariables() {}

  /**
   * @throws JobError naming the variable when the value is null or blank
   */
  public static <T> T require(T value, String variable, String jobType) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw missing(variable, jobType, "it was missing");
    }
    return value;
  }

  /**
   * @throws JobError naming the variable when it is not an ISO date ({@code 2026-07-01})
   */
  public static LocalDate requireDate(String value, String variable, String jobType) {
    require(value, variable, jobType);
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw missing(variable, jobType, "it was '" + value + "'");
    }
  }

  private static JobError missing(String variable, String jobType, String actual) {
    return BureauJobErrors.incidentNow(
        new IllegalArgumentException(
            "Expected variable %s for job type %s, but %s".formatted(variable, jobType, actual)));
  }
}

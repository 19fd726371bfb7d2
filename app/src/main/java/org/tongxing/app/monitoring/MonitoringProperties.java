package org.tongxing.app.monitoring;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the monitoring pages ({@code tongxing.monitoring}). What a case's applicant, county
 * or number is lives in each process's variables; {@link CaseFields} says where, so a new process
 * needs configuration, not code.
 *
 * @param timeZone the zone in which dates are shown and date filters are read
 * @param pageSize cases per page of a search
 * @param departmentCaseLimit the most cases of a department collected to limit a supervisor's
 *     searches to their departments (newest first); beyond it the page says so
 * @param reportTaskLimit the most user tasks the dashboard reads for one report
 * @param departments the departments (candidate groups) offered in filters and reports
 * @param counties the county codes offered in filters (messages {@code county.<code>})
 * @param deadlineVariables name patterns ({@code *} wildcard) of variables holding a case's
 *     deadline as an ISO date-time, as BPMN timers read them (e.g. {@code handlingDueAt})
 * @param deadlineWarning how long before a deadline a case turns amber
 * @param trendWeeks how many weeks the dashboard's trends go back
 * @param retriesAfterFix the retries a failed job gets when a supervisor retries it
 * @param bureauSystems the bureau system behind a job type, by the job type's first word ({@code
 *     dpf-check-disability-certificates} → {@code dpf})
 */
@ConfigurationProperties("tongxing.monitoring")
public record MonitoringProperties(
    @DefaultValue("Asia/Shanghai") ZoneId timeZone,
    @DefaultValue("25") int pageSize,
    @DefaultValue("10000") int departmentCaseLimit,
    @DefaultValue("50000") int reportTaskLimit,
    @DefaultValue List<String> departments,
    @DefaultValue List<String> counties,
    @DefaultValue CaseFields caseFields,
    @DefaultValue({"*DueAt", "*Deadline"}) List<String> deadlineVariables,
    @DefaultValue("P3D") Duration deadlineWarning,
    @DefaultValue("8") int trendWeeks,
    @DefaultValue("3") int retriesAfterFix,
    @DefaultValue Map<String, String> bureauSystems) {

  /**
   * Where a case keeps what people look it up by. Each entry is a variable name, or a variable and
   * a key inside its JSON value ({@code employer.county}, {@code employees.idNumber}: any object in
   * the value, also in lists, with that key).
   */
  public record CaseFields(
      @DefaultValue({"applicationId", "caseId"}) List<String> caseNumber,
      @DefaultValue({"applicantName", "applicant.name"}) List<String> applicantName,
      @DefaultValue({"applicantIdNumber", "applicant.idNumber"}) List<String> applicantIdNumber,
      @DefaultValue({"employer.name", "employer.unifiedSocialCreditCode"}) List<String> employer,
      @DefaultValue({"county", "employer.county", "applicant.county"}) List<String> county) {}
}

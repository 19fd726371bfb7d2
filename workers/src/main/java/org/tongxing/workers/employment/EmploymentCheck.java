package org.tongxing.workers.employment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One declared employee's social insurance and wages with the applying employer in the year (an
 * element of process variable {@code employmentChecks}). The figures are facts from HRSS; whether
 * they meet policy item 1.4 (150 % of the minimum wage, a whole year) is decided by the DMN
 * decision {@code employmentSubsidyAssessment}.
 *
 * @param insuredMonths how many months the employer paid the employee's contributions
 * @param months those months with the wage the employer declared as paid, in month order
 * @param reason why no month counts, in Chinese; {@code null} when there are months
 */
public record EmploymentCheck(
    String idNumber, String name, int insuredMonths, List<MonthPaid> months, String reason) {

  /** A month the employer paid contributions, and the wage it paid (实发工资), yuan. */
  public record MonthPaid(int month, BigDecimal wagePaid) {}
}

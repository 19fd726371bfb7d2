package org.tongxing.sandbox.hrss;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code GET /sandbox/hrss/minimum-wages?regionCode=&year=} answers: the local monthly minimum
 * wage of a county for a year, as HRSS states it.
 *
 * @param monthlyMinimumWage the year's standard: the one in force on 31 December
 * @param months the standard in force on the first day of each month, January to December
 * @param standards every standard in force at some time during the year, oldest first
 */
public record MinimumWageAnswer(
    String regionCode,
    String countyName,
    int year,
    int tier,
    String tierName,
    BigDecimal monthlyMinimumWage,
    BigDecimal hourlyMinimumWage,
    List<MonthlyStandard> months,
    List<MinimumWageStandard> standards) {

  /** The monthly minimum wage in force on the first day of {@code month} (1 to 12). */
  public record MonthlyStandard(int month, BigDecimal monthlyMinimumWage) {}
}

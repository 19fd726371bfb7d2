package org.tongxing.workers.employment;

import java.math.BigDecimal;
import java.util.List;
import org.tongxing.workers.bureau.hrss.MinimumWage;

/**
 * The local monthly minimum wage as the process keeps it (process variable {@code minimumWage}):
 * the figure that policy items 1.4–1.6 multiply, from HRSS, never a constant.
 *
 * @param found whether HRSS has a standard for the county and year
 * @param monthlyMinimumWage the year's standard, yuan; {@code null} when not found
 * @param months the standard of each month, for the 150 % test of item 1.4
 * @param reason why there is none, in Chinese; {@code null} when found
 */
public record MinimumWageResult(
    boolean found,
    String regionCode,
    String countyName,
    Integer year,
    Integer tier,
    String tierName,
    BigDecimal monthlyMinimumWage,
    List<MinimumWage.MonthlyStandard> months,
    String reason) {

  static MinimumWageResult of(MinimumWage wage) {
    return new MinimumWageResult(
        true,
        wage.regionCode(),
        wage.countyName(),
        wage.year(),
        wage.tier(),
        wage.tierName(),
        wage.monthlyMinimumWage(),
        wage.months(),
        null);
  }

  static MinimumWageResult notFound(String regionCode, Integer year, String reason) {
    return new MinimumWageResult(
        false, regionCode, null, year, null, null, null, List.of(), reason);
  }
}

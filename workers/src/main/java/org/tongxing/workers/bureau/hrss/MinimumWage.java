package org.tongxing.workers.bureau.hrss;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A county's local monthly minimum wage for a year, as HRSS answers it.
 *
 * @param monthlyMinimumWage the year's standard (HRSS: the one in force on 31 December)
 * @param months the standard in force in each month, January to December
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MinimumWage(
    String regionCode,
    String countyName,
    int year,
    int tier,
    String tierName,
    BigDecimal monthlyMinimumWage,
    List<MonthlyStandard> months) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record MonthlyStandard(int month, BigDecimal monthlyMinimumWage) {}
}

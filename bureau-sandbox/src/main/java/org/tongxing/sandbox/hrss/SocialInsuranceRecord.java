package org.tongxing.sandbox.hrss;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A person's social insurance contributions and wages for one year, as the data file keeps them:
 * one entry per employer, months {@code fromMonth} to {@code toMonth} with a monthly wage and the
 * months that differ.
 */
public record SocialInsuranceRecord(
    String idNumber, String name, int year, List<Employment> employments) {

  public SocialInsuranceRecord {
    employments = employments == null ? List.of() : List.copyOf(employments);
  }

  /**
   * @param wageByMonth wages that differ from {@code monthlyWage}, by month number
   */
  public record Employment(
      String employerCreditCode,
      String employerName,
      int fromMonth,
      int toMonth,
      BigDecimal monthlyWage,
      Map<Integer, BigDecimal> wageByMonth) {

    public Employment {
      if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) {
        throw new IllegalArgumentException(
            "Expected months 1 <= from <= to <= 12 for employer '%s', but were %d to %d"
                .formatted(employerCreditCode, fromMonth, toMonth));
      }
      wageByMonth = wageByMonth == null ? Map.of() : Map.copyOf(wageByMonth);
    }

    BigDecimal wageIn(int month) {
      return wageByMonth.getOrDefault(month, monthlyWage);
    }
  }
}

package org.tongxing.sandbox.hrss;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What {@code GET /sandbox/hrss/social-insurance-records/{idNumber}?year=} answers: every month of
 * the year in which an employer paid the person's social insurance contributions, with the wage it
 * declared as paid for that month. A person with no contributions that year has no months.
 */
public record SocialInsuranceStatement(
    String idNumber, String name, int year, List<InsuredMonth> months) {

  /**
   * @param month 1 to 12
   * @param wagePaid 实发工资 the employer declared for the month, yuan
   */
  public record InsuredMonth(
      int month, String employerCreditCode, String employerName, BigDecimal wagePaid) {}

  static SocialInsuranceStatement of(SocialInsuranceRecord record) {
    List<InsuredMonth> months =
        record.employments().stream()
            .flatMap(
                employment ->
                    IntStream.rangeClosed(employment.fromMonth(), employment.toMonth())
                        .mapToObj(
                            month ->
                                new InsuredMonth(
                                    month,
                                    employment.employerCreditCode(),
                                    employment.employerName(),
                                    employment.wageIn(month))))
            .sorted(
                Comparator.comparingInt(InsuredMonth::month)
                    .thenComparing(InsuredMonth::employerCreditCode))
            .toList();
    return new SocialInsuranceStatement(record.idNumber(), record.name(), record.year(), months);
  }

  static SocialInsuranceStatement none(String idNumber, int year) {
    return new SocialInsuranceStatement(idNumber, null, year, List.of());
  }
}

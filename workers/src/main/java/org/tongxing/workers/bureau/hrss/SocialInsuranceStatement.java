package org.tongxing.workers.bureau.hrss;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A person's social insurance contributions and wages paid in a year, as HRSS answers them: one
 * entry per month and employer that paid contributions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SocialInsuranceStatement(
    String idNumber, String name, int year, List<InsuredMonth> months) {

  public SocialInsuranceStatement {
    months = months == null ? List.of() : List.copyOf(months);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record InsuredMonth(
      int month, String employerCreditCode, String employerName, BigDecimal wagePaid) {}
}

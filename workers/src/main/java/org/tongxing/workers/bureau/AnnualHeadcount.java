package org.tongxing.workers.bureau;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * How many people an organisation employed in a year, as its registry reports it (annual report,
 * staffing return, annual inspection).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnnualHeadcount(int year, int employeeCount) {

  /** The headcount reported for the year, if any. */
  public static Optional<Integer> of(List<AnnualHeadcount> reports, int year) {
    return reports == null
        ? Optional.empty()
        : reports.stream()
            .filter(report -> report.year() == year)
            .map(AnnualHeadcount::employeeCount)
            .findFirst();
  }
}

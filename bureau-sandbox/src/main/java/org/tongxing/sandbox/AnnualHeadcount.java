package org.tongxing.sandbox;

/**
 * How many people an organisation employed in a year, as it reported to its registry: the annual
 * report (年报 从业人数) to market regulation, the staffing return (实有人数) to the establishment office,
 * the annual inspection (年检 工作人员数) to civil affairs.
 */
public record AnnualHeadcount(int year, int employeeCount) {

  public AnnualHeadcount {
    if (employeeCount < 0) {
      throw new IllegalArgumentException(
          "Expected a headcount of at least 0 for %d, but was %d".formatted(year, employeeCount));
    }
  }
}

package org.tongxing.sandbox.civilaffairs;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code GET /sandbox/civil-affairs/low-income-status/{idNumber}?on=} answers: whether the
 * person belonged to a low-income household on the day asked.
 *
 * @param status {@code subsistence} (低保), {@code marginal} (低保边缘) or {@code none}
 * @param householdId {@code null} for {@code none}, as are the other household fields
 */
public record LowIncomeStatus(
    String idNumber,
    LocalDate on,
    String status,
    String statusName,
    String householdId,
    String regionCode,
    LocalDate since,
    LocalDate until,
    List<LowIncomeHousehold.Member> members) {

  static final String NONE = "none";

  static LowIncomeStatus of(String idNumber, LocalDate on, LowIncomeHousehold household) {
    return new LowIncomeStatus(
        idNumber,
        on,
        household.status(),
        household.statusName(),
        household.householdId(),
        household.regionCode(),
        household.since(),
        household.until(),
        household.members());
  }

  static LowIncomeStatus none(String idNumber, LocalDate on) {
    return new LowIncomeStatus(idNumber, on, NONE, "非低保、非低保边缘", null, null, null, null, List.of());
  }
}

package org.tongxing.sandbox.civilaffairs;

import java.time.LocalDate;
import java.util.List;

/**
 * A household that civil affairs (民政) assessed as low-income, as the data file keeps it.
 *
 * @param householdId 低保户编号
 * @param regionCode the county that assessed it (GB/T 2260)
 * @param status {@code subsistence} (最低生活保障, 低保) or {@code marginal} (低保边缘)
 * @param since first day of the status
 * @param until last day of the status; {@code null} while it lasts
 * @param members the household's members with their relationship to the applicant (申请人, 配偶, 子女, 父母
 *     …)
 */
public record LowIncomeHousehold(
    String householdId,
    String regionCode,
    String status,
    String statusName,
    LocalDate since,
    LocalDate until,
    List<Member> members) {

  public LowIncomeHousehold {
    members = members == null ? List.of() : List.copyOf(members);
  }

  public record Member(String idNumber, String name, String relationship) {}

  boolean coversOn(String idNumber, LocalDate date) {
    return !since.isAfter(date)
        && (until == null || !until.isBefore(date))
        && members.stream().anyMatch(member -> member.idNumber().equals(idNumber));
  }
}

package org.tongxing.workers.bureau.civilaffairs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a person belonged to a low-income household on a day, as civil affairs answers it.
 *
 * @param status {@value #SUBSISTENCE} (低保), {@value #MARGINAL} (低保边缘) or {@value #NONE}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LowIncomeStatus(
    String idNumber,
    LocalDate on,
    String status,
    String statusName,
    String householdId,
    String regionCode,
    List<Member> members) {

  public static final String SUBSISTENCE = "subsistence";
  public static final String MARGINAL = "marginal";
  public static final String NONE = "none";

  public LowIncomeStatus {
    members = members == null ? List.of() : List.copyOf(members);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Member(String idNumber, String name, String relationship) {}
}

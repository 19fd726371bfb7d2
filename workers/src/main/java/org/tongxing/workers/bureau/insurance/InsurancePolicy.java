package org.tongxing.workers.bureau.insurance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An institution's insurance policy as the insurers' look-up answers it (item 5.1).
 *
 * @param kind {@value #INSTITUTION_LIABILITY} or {@value #CHILD_ACCIDENT}
 * @param status {@value #IN_FORCE} or {@code CANCELLED}; whether it covers a day is {@code
 *     validFrom} to {@code validUntil}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InsurancePolicy(
    String policyNumber,
    String insurer,
    String kind,
    String kindName,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    BigDecimal sumInsured,
    Integer insuredChildren,
    BigDecimal sumInsuredPerChild) {

  public static final String INSTITUTION_LIABILITY = "institution-liability";
  public static final String CHILD_ACCIDENT = "child-accident";
  public static final String IN_FORCE = "IN_FORCE";

  /** Whether the policy covers this day. */
  public boolean coversDay(LocalDate day) {
    return IN_FORCE.equals(status) && !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }
}

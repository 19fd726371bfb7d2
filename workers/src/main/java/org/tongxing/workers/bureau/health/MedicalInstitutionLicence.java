package org.tongxing.workers.bureau.health;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A medical institution licence (医疗机构执业许可证) as the health commission answers it.
 *
 * @param status {@value #VALID} or {@code REVOKED}; whether it is in force on a day is {@code
 *     validFrom} to {@code validUntil}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MedicalInstitutionLicence(
    String licenceNumber,
    String institutionName,
    String institutionCategory,
    String practiceScope,
    LocalDate validFrom,
    LocalDate validUntil,
    String status,
    String issuingAuthority) {

  public static final String VALID = "VALID";

  /** Whether the licence lets the institution practise on this day. */
  public boolean inForceOn(LocalDate day) {
    return VALID.equals(status) && !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }
}

package org.tongxing.workers.bureau.education;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A deferral or suspension certificate (缓学或休学证明) as the education bureaus answer it (item 6.3).
 *
 * @param kind {@code deferral} (缓学) or {@code suspension} (休学)
 * @param issuingCounty the county code of the issuing bureau
 * @param status {@code VALID} or {@code REVOKED}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SchoolingDeferral(
    String certificateNumber,
    String kind,
    String kindName,
    String childName,
    String issuingAuthority,
    String issuingCounty,
    String schoolYear,
    LocalDate validFrom,
    LocalDate validUntil,
    String status) {

  public static final String VALID = "VALID";
}

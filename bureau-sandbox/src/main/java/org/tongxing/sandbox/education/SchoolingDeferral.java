package org.tongxing.sandbox.education;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * A deferral or suspension certificate (缓学或休学证明) issued by a county education bureau for one school
 * year (item 6.3).
 *
 * @param kind {@code deferral} (缓学证明) or {@code suspension} (休学证明)
 * @param issuingCounty the county code of the issuing bureau (lucheng, ruian, ...); item 6.3 asks
 *     for the bureau of the child's household registration
 * @param status {@code VALID} or {@code REVOKED}
 */
public record SchoolingDeferral(
    String certificateNumber,
    String kind,
    String childName,
    String childIdNumber,
    String issuingAuthority,
    String issuingCounty,
    String schoolYear,
    LocalDate issuedOn,
    LocalDate validFrom,
    LocalDate validUntil,
    String status) {

  public SchoolingDeferral {
    Vocabulary.DEFERRAL_KIND.require(kind);
  }

  @JsonProperty("kindName")
  public String kindName() {
    return Vocabulary.DEFERRAL_KIND.nameOf(kind);
  }
}

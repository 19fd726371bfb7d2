package org.tongxing.workers.bureau.dpf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A disability certificate (残疾人证) as the DPF certificate system answers it.
 *
 * @param idNumber the holder's ID number, usually masked ({@code 330302********2112})
 * @param disabilityCategory code: visual, hearing, speech, physical, intellectual, mental, multiple
 * @param disabilityCategoryName the category in Chinese, for example 肢体残疾
 * @param disabilityLevel 1 (most severe) to 4
 * @param status {@value #VALID}, {@value #EXPIRED} or {@value #REVOKED}
 * @param disabilityCause the cause the assessment recorded (致残原因), for example {@value #AUTISM};
 *     {@code null} when the record has none
 * @param disabilityCauseName the cause in Chinese, for example 孤独症
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisabilityCertificate(
    String certificateNumber,
    String holderName,
    String idNumber,
    String disabilityCategory,
    String disabilityCategoryName,
    Integer disabilityLevel,
    LocalDate issuedOn,
    LocalDate validUntil,
    String status,
    String issuingAuthority,
    String disabilityCause,
    String disabilityCauseName) {

  public static final String VALID = "VALID";
  public static final String AUTISM = "autism";
  public static final String EXPIRED = "EXPIRED";
  public static final String REVOKED = "REVOKED";
}

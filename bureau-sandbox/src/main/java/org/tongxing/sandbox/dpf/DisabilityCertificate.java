package org.tongxing.sandbox.dpf;

import java.time.LocalDate;
import org.tongxing.sandbox.Vocabulary;

/**
 * A disability certificate (残疾人证) as stored in the sandbox's data file.
 *
 * <p>Invariant: {@code certificateNumber} is the holder's 18-character ID number followed by the
 * category digit and the level digit (the second-generation format).
 *
 * @param disabilityCause the cause the assessment recorded (致残原因: autism, cerebral-palsy, ...), or
 *     {@code null} where the data has none (the adults' records); item 6.2 reads autism from it
 */
public record DisabilityCertificate(
    String certificateNumber,
    String holderName,
    String idNumber,
    DisabilityCategory disabilityCategory,
    int disabilityLevel,
    LocalDate issuedOn,
    LocalDate validUntil,
    CertificateStatus status,
    String issuingAuthority,
    String disabilityCause) {

  public DisabilityCertificate {
    Vocabulary.DISABILITY_CAUSE.requireOptional(disabilityCause);
    String expectedNumber = idNumber + disabilityCategory.digit() + disabilityLevel;
    if (!expectedNumber.equals(certificateNumber)) {
      throw new IllegalArgumentException(
          ("Expected certificate number '%s' (ID number + category digit + level digit),"
                  + " but was '%s'")
              .formatted(expectedNumber, certificateNumber));
    }
    if (disabilityLevel < 1 || disabilityLevel > 4) {
      throw new IllegalArgumentException(
          "Expected disability level 1 to 4 for certificate '%s', but was %d"
              .formatted(certificateNumber, disabilityLevel));
    }
  }
}

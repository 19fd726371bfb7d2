package org.tongxing.sandbox.dpf;

import java.time.LocalDate;
import org.tongxing.sandbox.Identifiers;
import org.tongxing.sandbox.Vocabulary;

/**
 * What {@code GET /sandbox/dpf/disability-certificates/{certificateNumber}} answers.
 *
 * <p>The ID number is masked as the real system does; the category is given both as a code and in
 * Chinese so that callers need no table of their own. {@code disabilityCause} and {@code
 * disabilityCauseName} are {@code null} when the record has no cause.
 */
public record DisabilityCertificateResponse(
    String certificateNumber,
    String holderName,
    String idNumber,
    String disabilityCategory,
    String disabilityCategoryName,
    int disabilityLevel,
    String disabilityLevelName,
    LocalDate issuedOn,
    LocalDate validUntil,
    CertificateStatus status,
    String issuingAuthority,
    String disabilityCause,
    String disabilityCauseName) {

  private static final String[] LEVEL_NAMES = {"一级", "二级", "三级", "四级"};

  static DisabilityCertificateResponse of(DisabilityCertificate certificate) {
    return new DisabilityCertificateResponse(
        certificate.certificateNumber(),
        certificate.holderName(),
        mask(certificate.idNumber()),
        certificate.disabilityCategory().code(),
        certificate.disabilityCategory().chineseName(),
        certificate.disabilityLevel(),
        LEVEL_NAMES[certificate.disabilityLevel() - 1],
        certificate.issuedOn(),
        certificate.validUntil(),
        certificate.status(),
        certificate.issuingAuthority(),
        certificate.disabilityCause(),
        Vocabulary.DISABILITY_CAUSE.nameOf(certificate.disabilityCause()));
  }

  /** Keeps the region code and the last four characters: {@code 330302********2112}. */
  static String mask(String idNumber) {
    return Identifiers.maskIdNumber(idNumber);
  }
}

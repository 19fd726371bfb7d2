package org.tongxing.workers.bureau.justice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An application for legal aid filed on the applicant's behalf, as the Justice system takes it.
 *
 * @param referenceId idempotency key: the same key always answers the same application
 * @param county the applicant's county code, which legal aid centre is responsible
 * @param matter the legal matter in a few words (案由)
 * @param referredBy the office that files it, for example 温州市信访局
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalAidApplicationRequest(
    String referenceId,
    Applicant applicant,
    String county,
    String matter,
    String facts,
    String referredBy) {

  /** The applicant; {@code disabilityCertificateNumber} may be {@code null}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Applicant(
      String name, String idNumber, String mobile, String disabilityCertificateNumber) {}
}

package org.tongxing.sandbox.justice;

/**
 * Body of {@code POST /sandbox/justice/legal-aid-applications}: an application for legal aid that
 * another office files on the applicant's behalf.
 *
 * @param referenceId the caller's idempotency key (for example the petition number): the same key
 *     always answers the same application
 * @param applicant who needs legal aid
 * @param county the applicant's county code (lucheng, ruian, …), which legal aid centre is
 *     responsible
 * @param matter the legal matter in a few words (案由)
 * @param facts what happened and what the applicant wants
 * @param referredBy the office that files the application, for example 市信访局
 */
public record LegalAidApplicationRequest(
    String referenceId,
    Applicant applicant,
    String county,
    String matter,
    String facts,
    String referredBy) {

  /**
   * @param idNumber 18-character resident ID number
   * @param disabilityCertificateNumber the 20-character 残疾人证号, if the applicant has one
   */
  public record Applicant(
      String name, String idNumber, String mobile, String disabilityCertificateNumber) {}
}

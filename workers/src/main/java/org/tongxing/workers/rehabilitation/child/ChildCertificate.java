package org.tongxing.workers.rehabilitation.child;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.tongxing.workers.bureau.dpf.DisabilityCertificate;
import org.tongxing.workers.certificates.CertificateCheckRules.Verdict;
import org.tongxing.workers.rehabilitation.ChildReference;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * The result of checking a child's certificate (process variable {@code childCertificate}): what
 * item 6.2 needs to place the child, its category and recorded cause (autism), and the birth date
 * the age rule counts from.
 *
 * @param valid whether the certificate exists, is the child's and is in force
 * @param reason why it does not count, in Chinese; {@code null} when valid
 * @param birthDate from the declared ID number ({@code yyyy-MM-dd}); {@code null} when that is not
 *     a well-formed ID number
 * @param disabilityCause for example {@code autism}; {@code null} when none is recorded
 */
public record ChildCertificate(
    boolean valid,
    String reason,
    String certificateNumber,
    String holderName,
    String disabilityCategory,
    String disabilityCategoryName,
    Integer disabilityLevel,
    String disabilityCause,
    String disabilityCauseName,
    String birthDate,
    String validUntil) {

  private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

  static ChildCertificate of(ChildReference child, Verdict verdict) {
    DisabilityCertificate certificate = verdict.certificate();
    return new ChildCertificate(
        verdict.valid(),
        verdict.reason(),
        child.certificateNumber(),
        certificate == null ? null : certificate.holderName(),
        certificate == null ? null : certificate.disabilityCategory(),
        certificate == null ? null : certificate.disabilityCategoryName(),
        certificate == null ? null : certificate.disabilityLevel(),
        certificate == null ? null : certificate.disabilityCause(),
        certificate == null ? null : certificate.disabilityCauseName(),
        birthDate(child.idNumber()),
        IsoDates.format(certificate == null ? null : certificate.validUntil()));
  }

  /** Digits 7 to 14 of a resident ID number are the holder's birth date. */
  static String birthDate(String idNumber) {
    if (idNumber == null || !idNumber.strip().matches("\\d{17}[\\dXx]")) {
      return null;
    }
    try {
      return LocalDate.parse(idNumber.strip().substring(6, 14), ID_DATE).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

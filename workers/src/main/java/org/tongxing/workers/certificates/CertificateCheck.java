package org.tongxing.workers.certificates;

import org.tongxing.workers.bureau.dpf.DisabilityCertificate;

/**
 * The result of checking one declared employee's certificate (an element of process variable {@code
 * certificateChecks}).
 *
 * @param certificateNumber as declared
 * @param name the employee's name as declared
 * @param valid whether the certificate exists, belongs to this employee and is in force
 * @param disabilityCategory category code from the certificate (for example {@code physical}), or
 *     {@code null} when no certificate of this employee was found
 * @param disabilityCategoryName the category in Chinese (for example 肢体残疾), or {@code null}
 * @param disabilityLevel 1 to 4, or {@code null}
 * @param reason why the certificate does not count, in Chinese for the reviewer; {@code null} when
 *     valid
 */
public record CertificateCheck(
    String certificateNumber,
    String name,
    boolean valid,
    String disabilityCategory,
    String disabilityCategoryName,
    Integer disabilityLevel,
    String reason) {

  static CertificateCheck valid(Employee employee, DisabilityCertificate certificate) {
    return new CertificateCheck(
        employee.certificateNumber(),
        employee.name(),
        true,
        certificate.disabilityCategory(),
        certificate.disabilityCategoryName(),
        certificate.disabilityLevel(),
        null);
  }

  /** Invalid, with the certificate's data: it is this employee's, but not in force. */
  static CertificateCheck invalid(
      Employee employee, DisabilityCertificate certificate, String reason) {
    return new CertificateCheck(
        employee.certificateNumber(),
        employee.name(),
        false,
        certificate.disabilityCategory(),
        certificate.disabilityCategoryName(),
        certificate.disabilityLevel(),
        reason);
  }

  /** Invalid, without certificate data: none was found for this employee. */
  static CertificateCheck invalid(Employee employee, String reason) {
    return new CertificateCheck(
        employee.certificateNumber(), employee.name(), false, null, null, null, reason);
  }
}

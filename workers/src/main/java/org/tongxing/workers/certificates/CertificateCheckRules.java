package org.tongxing.workers.certificates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tongxing.workers.bureau.dpf.DisabilityCertificate;

/**
 * Decides whether each declared employee holds a disability certificate that counts (policy item
 * 1.4 subsidises employers per disabled employee; item 1.7 accepts certificates from anywhere in
 * China, so the issuing region is not checked).
 *
 * <p>Business outcomes are data: a missing, foreign, expired or revoked certificate yields an
 * invalid check with a reason in Chinese, never an exception. Only the look-up may throw.
 */
public final class CertificateCheckRules {

  static final String REASON_MISSING_NUMBER = "未填写残疾人证号";
  static final String REASON_MALFORMED_NUMBER = "残疾人证号格式不正确";
  static final String REASON_DUPLICATE = "残疾人证号重复申报";
  static final String REASON_NOT_FOUND = "查无此证";
  static final String REASON_ID_MISMATCH = "残疾人证号与身份证号不符";
  static final String REASON_NAME_MISMATCH = "持证人姓名与申报姓名不符";
  static final String REASON_EXPIRED = "证件已过期";
  static final String REASON_REVOKED = "证件已注销";
  static final String REASON_UNKNOWN_STATUS = "证件状态异常：";

  /** Second-generation format: 18-character ID number, category digit 1–7, level digit 1–4. */
  private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("\\d{17}[\\dX][1-7][1-4]");

  private CertificateCheckRules() {}

  /**
   * Checks every employee in order; a certificate number declared twice counts once.
   *
   * @param lookUp finds a certificate by number; its exceptions propagate
   */
  static List<CertificateCheck> checkAll(
      List<Employee> employees, Function<String, Optional<DisabilityCertificate>> lookUp) {
    List<CertificateCheck> checks = new ArrayList<>(employees.size());
    Set<String> seenNumbers = new HashSet<>();
    for (Employee employee : employees) {
      String number = normalise(employee.certificateNumber());
      if (number != null && !seenNumbers.add(number)) {
        checks.add(CertificateCheck.invalid(employee, REASON_DUPLICATE));
      } else {
        checks.add(check(employee, number, lookUp));
      }
    }
    return checks;
  }

  private static CertificateCheck check(
      Employee employee, String number, Function<String, Optional<DisabilityCertificate>> lookUp) {
    Verdict verdict = verify(employee.name(), employee.idNumber(), number, lookUp);
    if (verdict.valid()) {
      return CertificateCheck.valid(employee, verdict.certificate());
    }
    return verdict.certificate() == null
        ? CertificateCheck.invalid(employee, verdict.reason())
        : CertificateCheck.invalid(employee, verdict.certificate(), verdict.reason());
  }

  /**
   * Whether one declared holder's certificate counts: the number is well formed, the certificate
   * exists, belongs to the holder (ID number, then name) and is in force.
   *
   * @param idNumber the declared ID number; blank skips the comparison
   * @param name the declared name; blank skips the comparison
   * @param lookUp finds a certificate by number; its exceptions propagate
   */
  public static Verdict verify(
      String name,
      String idNumber,
      String certificateNumber,
      Function<String, Optional<DisabilityCertificate>> lookUp) {
    String number = normalise(certificateNumber);
    if (number == null) {
      return Verdict.invalid(null, REASON_MISSING_NUMBER);
    }
    if (!CERTIFICATE_NUMBER.matcher(number).matches()) {
      return Verdict.invalid(null, REASON_MALFORMED_NUMBER);
    }
    Optional<DisabilityCertificate> found = lookUp.apply(number);
    if (found.isEmpty()) {
      return Verdict.invalid(null, REASON_NOT_FOUND);
    }
    DisabilityCertificate certificate = found.get();
    // identity before status: someone else's certificate must not count, whatever its state
    String declaredId = normalise(idNumber);
    if (declaredId != null && !number.substring(0, 18).equals(declaredId)) {
      return Verdict.invalid(null, REASON_ID_MISMATCH);
    }
    String declaredName = name == null ? "" : name.strip();
    if (!declaredName.isEmpty() && !declaredName.equals(certificate.holderName())) {
      return Verdict.invalid(null, REASON_NAME_MISMATCH);
    }
    String status = certificate.status() == null ? "" : certificate.status();
    return switch (status) {
      case DisabilityCertificate.VALID -> new Verdict(certificate, null);
      case DisabilityCertificate.EXPIRED -> Verdict.invalid(certificate, REASON_EXPIRED);
      case DisabilityCertificate.REVOKED -> Verdict.invalid(certificate, REASON_REVOKED);
      default -> Verdict.invalid(certificate, REASON_UNKNOWN_STATUS + status);
    };
  }

  /**
   * The outcome of {@link #verify}.
   *
   * @param certificate the holder's certificate, or {@code null} when none of theirs was found
   * @param reason why it does not count, in Chinese; {@code null} when it counts
   */
  public record Verdict(DisabilityCertificate certificate, String reason) {

    static Verdict invalid(DisabilityCertificate certificate, String reason) {
      return new Verdict(certificate, reason);
    }

    public boolean valid() {
      return reason == null;
    }
  }

  /** Blank becomes null; spaces go and a lower-case check character x becomes X. */
  private static String normalise(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    return number.replace(" ", "").strip().toUpperCase(Locale.ROOT);
  }
}

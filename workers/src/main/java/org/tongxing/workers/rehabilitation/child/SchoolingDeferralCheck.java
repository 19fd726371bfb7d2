package org.tongxing.workers.rehabilitation.child;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.tongxing.workers.bureau.education.SchoolingDeferral;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * The child's deferral and suspension certificates as item 6.3 reads them (process variable {@code
 * deferral}): a certificate counts when it is valid and issued by the education bureau of the
 * child's household county; a month of the subsidy year is covered when its first day lies within a
 * certificate that counts.
 *
 * @param coveredMonths {@code yyyy-MM} of the subsidy year, in order
 * @param confirmed the education bureau's confirmation, set by the process; {@code null} until then
 */
public record SchoolingDeferralCheck(
    List<Certificate> certificates, List<String> coveredMonths, Boolean confirmed) {

  static final String REASON_OTHER_COUNTY = "非户籍所在地县（市、区）教育部门出具";
  static final String REASON_NOT_VALID = "证明已撤销";

  /**
   * @param accepted whether the certificate counts for item 6.3
   * @param reason why not, in Chinese; {@code null} when accepted
   */
  public record Certificate(
      String certificateNumber,
      String kindName,
      String issuingAuthority,
      String schoolYear,
      String validFrom,
      String validUntil,
      boolean accepted,
      String reason) {}

  public static SchoolingDeferralCheck of(
      List<SchoolingDeferral> deferrals, String householdCounty, int subsidyYear) {
    List<Certificate> certificates =
        deferrals.stream().map(deferral -> certificate(deferral, householdCounty)).toList();
    List<SchoolingDeferral> accepted =
        deferrals.stream()
            .filter(deferral -> certificate(deferral, householdCounty).accepted())
            .toList();
    List<String> covered =
        IntStream.rangeClosed(1, 12)
            .mapToObj(month -> YearMonth.of(subsidyYear, month))
            .filter(month -> covers(accepted, month.atDay(1)))
            .map(YearMonth::toString)
            .toList();
    return new SchoolingDeferralCheck(certificates, covered, null);
  }

  private static Certificate certificate(SchoolingDeferral deferral, String householdCounty) {
    String reason =
        !SchoolingDeferral.VALID.equals(deferral.status())
            ? REASON_NOT_VALID
            : !deferral.issuingCounty().equals(householdCounty) ? REASON_OTHER_COUNTY : null;
    return new Certificate(
        deferral.certificateNumber(),
        deferral.kindName(),
        deferral.issuingAuthority(),
        deferral.schoolYear(),
        IsoDates.format(deferral.validFrom()),
        IsoDates.format(deferral.validUntil()),
        reason == null,
        reason);
  }

  private static boolean covers(List<SchoolingDeferral> accepted, LocalDate day) {
    return accepted.stream()
        .anyMatch(
            deferral -> !day.isBefore(deferral.validFrom()) && !day.isAfter(deferral.validUntil()));
  }
}

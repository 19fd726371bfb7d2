package org.tongxing.workers.rehabilitation.institution;

import java.time.LocalDate;
import org.tongxing.workers.bureau.dpf.DesignatedInstitutionRecord;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * An institution designated during the subsidy year (an element of variable {@code institutions}).
 */
public record ListedInstitution(
    String unifiedSocialCreditCode,
    String name,
    String ownership,
    String county,
    String status,
    String statusName,
    String designatedOn,
    String exitedOn,
    String payeeName,
    String payeeAccount,
    String payeeBank) {

  static ListedInstitution of(DesignatedInstitutionRecord record) {
    DesignatedInstitutionRecord.Payee payee = record.payee();
    return new ListedInstitution(
        record.unifiedSocialCreditCode(),
        record.name(),
        record.ownership(),
        record.county(),
        record.status(),
        record.statusName(),
        IsoDates.format(record.designatedOn()),
        IsoDates.format(record.exitedOn()),
        payee == null ? null : payee.accountName(),
        payee == null ? null : payee.accountNumber(),
        payee == null ? null : payee.bankName());
  }

  /** Designated for at least a day of the year: admitted by its end, not exited before it. */
  static boolean designatedDuring(DesignatedInstitutionRecord record, int year) {
    return record.designatedOn() != null
        && !record.designatedOn().isAfter(LocalDate.of(year, 12, 31))
        && (record.exitedOn() == null || !record.exitedOn().isBefore(LocalDate.of(year, 1, 1)));
  }
}

package org.tongxing.workers.rehabilitation.institution;

import org.tongxing.workers.bureau.dpf.DesignatedInstitutionRecord;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * An institution's standing in the DPF's registry (process variable {@code designatedInstitution}):
 * whether children's training there is subsidised (item 6.2: training at a designated institution),
 * and who is paid.
 *
 * @param found whether the registry has the institution at all
 * @param inGoodStanding designated now (not suspended, not exited) and, when a subsidy year is
 *     given, designated by the end of that year
 * @param reason why not in good standing, in Chinese; {@code null} when it is
 */
public record DesignationStanding(
    boolean found,
    boolean inGoodStanding,
    String reason,
    String unifiedSocialCreditCode,
    String name,
    String ownership,
    String ownershipName,
    String county,
    String managingDepartment,
    String status,
    String statusName,
    String statusReason,
    String designatedOn,
    String exitedOn,
    String agreementNumber,
    String agreementValidUntil,
    String payeeName,
    String payeeAccount,
    String payeeBank) {

  static final String REASON_NOT_FOUND = "查无此定点康复机构";
  static final String REASON_SUSPENDED = "该机构已暂停定点：";
  static final String REASON_EXITED = "该机构已退出定点：";
  static final String REASON_NOT_YET = "该机构在申请年度尚未定点";

  static DesignationStanding notFound(String creditCode) {
    return new DesignationStanding(
        false,
        false,
        REASON_NOT_FOUND,
        creditCode,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static DesignationStanding of(DesignatedInstitutionRecord record, Integer subsidyYear) {
    String reason =
        switch (record.status()) {
          case DesignatedInstitutionRecord.DESIGNATED ->
              subsidyYear != null && record.designatedOn().getYear() > subsidyYear
                  ? REASON_NOT_YET
                  : null;
          case DesignatedInstitutionRecord.SUSPENDED -> REASON_SUSPENDED + record.statusReason();
          case DesignatedInstitutionRecord.EXITED -> REASON_EXITED + record.statusReason();
          default -> "定点状态异常：" + record.status();
        };
    DesignatedInstitutionRecord.Agreement agreement = record.agreement();
    DesignatedInstitutionRecord.Payee payee = record.payee();
    return new DesignationStanding(
        true,
        reason == null,
        reason,
        record.unifiedSocialCreditCode(),
        record.name(),
        record.ownership(),
        record.ownershipName(),
        record.county(),
        record.managingDepartment(),
        record.status(),
        record.statusName(),
        record.statusReason(),
        IsoDates.format(record.designatedOn()),
        IsoDates.format(record.exitedOn()),
        agreement == null ? null : agreement.agreementNumber(),
        IsoDates.format(agreement == null ? null : agreement.validUntil()),
        payee == null ? null : payee.accountName(),
        payee == null ? null : payee.accountNumber(),
        payee == null ? null : payee.bankName());
  }
}

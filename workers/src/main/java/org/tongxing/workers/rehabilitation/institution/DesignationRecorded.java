package org.tongxing.workers.rehabilitation.institution;

import org.tongxing.workers.bureau.dpf.DesignatedInstitutionRecord;
import org.tongxing.workers.rehabilitation.IsoDates;

/**
 * The registry's entry after a decision (process variable {@code designation}).
 *
 * @param status DESIGNATED, SUSPENDED or EXITED
 */
public record DesignationRecorded(
    String status,
    String statusName,
    String statusReason,
    String designatedOn,
    String exitedOn,
    String agreementNumber,
    String agreementValidFrom,
    String agreementValidUntil,
    String lastReviewedOn) {

  static DesignationRecorded of(DesignatedInstitutionRecord record) {
    DesignatedInstitutionRecord.Agreement agreement = record.agreement();
    return new DesignationRecorded(
        record.status(),
        record.statusName(),
        record.statusReason(),
        IsoDates.format(record.designatedOn()),
        IsoDates.format(record.exitedOn()),
        agreement == null ? null : agreement.agreementNumber(),
        IsoDates.format(agreement == null ? null : agreement.validFrom()),
        IsoDates.format(agreement == null ? null : agreement.validUntil()),
        IsoDates.format(record.lastReviewedOn()));
  }
}

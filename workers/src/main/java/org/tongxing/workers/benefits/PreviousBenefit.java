package org.tongxing.workers.benefits;

import java.math.BigDecimal;
import org.tongxing.workers.bureau.dpf.BenefitRecord;

/**
 * Whether the benefit was granted before (process variable {@code previousBenefit}).
 *
 * @param found whether the register holds it
 * @param heldByOtherCase whether another case than this one holds it: then this application is a
 *     duplicate
 * @param caseId the case that holds it, or {@code null}
 * @param recordedAt ISO instant, or {@code null}
 */
public record PreviousBenefit(
    boolean found,
    boolean heldByOtherCase,
    String caseId,
    BigDecimal amount,
    String description,
    String recordedAt) {

  static PreviousBenefit of(BenefitRecord record, String thisCase) {
    return new PreviousBenefit(
        true,
        !record.caseId().equals(thisCase),
        record.caseId(),
        record.amount(),
        record.description(),
        record.recordedAt() == null ? null : record.recordedAt().toString());
  }

  static PreviousBenefit none() {
    return new PreviousBenefit(false, false, null, null, null, null);
  }

  static PreviousBenefit heldBy(String caseId) {
    return new PreviousBenefit(true, true, caseId, null, null, null);
  }
}

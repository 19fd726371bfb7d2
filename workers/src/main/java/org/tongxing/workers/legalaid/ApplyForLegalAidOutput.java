package org.tongxing.workers.legalaid;

import org.tongxing.workers.bureau.justice.LegalAidApplication;

/**
 * The variables the {@link ApplyForLegalAidWorker} completes with.
 *
 * @param legalAidApplicationNumber the Justice system's number, FY-…
 * @param legalAidStatus {@code UNDER_REVIEW} once filed
 * @param legalAidEconomicCheckExempt whether the economic hardship check is waived (法律援助法 第四十二条)
 * @param legalAidExemptionReason why, in Chinese, or {@code null}
 */
public record ApplyForLegalAidOutput(
    String legalAidApplicationNumber,
    String legalAidStatus,
    boolean legalAidEconomicCheckExempt,
    String legalAidExemptionReason) {

  static ApplyForLegalAidOutput of(LegalAidApplication application) {
    return new ApplyForLegalAidOutput(
        application.applicationNumber(),
        application.status(),
        application.economicCheckExempt(),
        application.exemptionReason());
  }
}

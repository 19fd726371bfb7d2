package org.tongxing.sandbox.justice;

import java.time.Instant;

/**
 * A legal aid application as the Justice system keeps it and answers it.
 *
 * @param applicationNumber the Justice system's number, {@code FY-<year>-<six digits>}
 * @param economicCheckExempt whether the applicant's economic hardship need not be checked: the
 *     sandbox exempts holders of a valid disability certificate (its reading of 法律援助法 第四十二条)
 * @param exemptionReason why, in Chinese, or {@code null}
 * @param decisionReason the reason of a decision, or {@code null} while under review
 * @param provider who gives the aid once granted, or {@code null}
 */
public record LegalAidApplication(
    String applicationNumber,
    String referenceId,
    LegalAidStatus status,
    String applicantName,
    String county,
    String matter,
    boolean economicCheckExempt,
    String exemptionReason,
    Instant receivedAt,
    String decisionReason,
    String provider,
    String decidedBy,
    Instant decidedAt) {

  LegalAidApplication decided(LegalAidDecisionRequest decision, Instant now) {
    return new LegalAidApplication(
        applicationNumber,
        referenceId,
        LegalAidStatus.valueOf(decision.decision()),
        applicantName,
        county,
        matter,
        economicCheckExempt,
        exemptionReason,
        receivedAt,
        decision.reason(),
        decision.provider(),
        decision.decidedBy(),
        now);
  }
}

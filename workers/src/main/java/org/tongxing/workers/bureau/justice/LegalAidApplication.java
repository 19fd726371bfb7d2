package org.tongxing.workers.bureau.justice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A legal aid application as the Justice system answers it.
 *
 * @param status {@code UNDER_REVIEW}, {@code GRANTED} or {@code REFUSED}
 * @param economicCheckExempt whether the applicant's economic hardship need not be checked (法律援助法
 *     第四十二条)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LegalAidApplication(
    String applicationNumber,
    String referenceId,
    String status,
    boolean economicCheckExempt,
    String exemptionReason,
    Instant receivedAt,
    String decisionReason,
    String provider,
    Instant decidedAt) {}

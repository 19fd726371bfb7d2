package org.tongxing.workers.bureau.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payment as the treasury answers it.
 *
 * @param transactionReference the treasury's transaction number (支付交易流水号)
 * @param status {@value #PAID}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Payment(
    String paymentId,
    String transactionReference,
    String status,
    BigDecimal amount,
    String payeeName,
    String payeeAccount,
    String caseId,
    // as the treasury wrote it (+08:00), not turned into UTC
    @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        OffsetDateTime paidAt) {

  public static final String PAID = "PAID";
}

package org.tongxing.workers.payment;

import org.tongxing.workers.bureau.finance.Payment;

/**
 * The variables the {@link MakePaymentWorker} completes its job with; a process that pays more than
 * once maps them with output mappings.
 *
 * @param paymentReference the treasury's transaction number
 * @param paidAt ISO date-time with offset, for example {@code 2026-03-15T10:30:45+08:00}
 * @param paymentStatus {@value Payment#PAID}
 */
public record MakePaymentOutput(String paymentReference, String paidAt, String paymentStatus) {

  static MakePaymentOutput of(Payment payment) {
    return new MakePaymentOutput(
        payment.transactionReference(), payment.paidAt().toString(), payment.status());
  }
}

package org.tongxing.sandbox.finance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payment the treasury made, as {@code /sandbox/finance/payments} answers it.
 *
 * @param transactionReference the treasury's transaction number (支付交易流水号), {@code ZF}, the date and
 *     a sequence number: {@code ZF2026031500000001}
 * @param status always {@value #PAID}: refused instructions are answered, not recorded
 * @param paidAt when the treasury paid, in China Standard Time
 */
public record Payment(
    String paymentId,
    String transactionReference,
    String status,
    BigDecimal amount,
    String payeeName,
    String payeeAccount,
    String payeeBank,
    String purpose,
    String policyClause,
    String caseId,
    OffsetDateTime paidAt) {

  public static final String PAID = "PAID";

  static Payment paid(
      PaymentInstruction instruction, String transactionReference, OffsetDateTime paidAt) {
    return new Payment(
        instruction.paymentId(),
        transactionReference,
        PAID,
        instruction.amount(),
        instruction.payeeName(),
        instruction.payeeAccount(),
        instruction.payeeBank(),
        instruction.purpose(),
        instruction.policyClause(),
        instruction.caseId(),
        paidAt);
  }

  /** The instruction this payment carried out, to compare a repeated one with. */
  PaymentInstruction instruction() {
    return new PaymentInstruction(
        paymentId, payeeName, payeeAccount, payeeBank, amount, purpose, policyClause, caseId);
  }
}

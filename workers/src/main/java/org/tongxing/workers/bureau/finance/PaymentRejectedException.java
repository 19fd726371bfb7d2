package org.tongxing.workers.bureau.finance;

/**
 * The treasury refused to pay: a business outcome (account closed, frozen, unknown or in another
 * name; over the per-payment limit), which workers throw as the BPMN error {@code
 * PAYMENT_REJECTED}. Nothing was paid.
 */
public class PaymentRejectedException extends RuntimeException {

  private final String reason;
  private final String reasonText;

  /**
   * @param reason the treasury's code: {@code account-closed}, {@code account-frozen}, {@code
   *     account-not-found}, {@code payee-name-mismatch}, {@code over-payment-limit}, or one it adds
   *     later
   * @param reasonText the reason in Chinese, for example 收款账户已销户
   */
  public PaymentRejectedException(String message, String reason, String reasonText) {
    super(message);
    this.reason = reason;
    this.reasonText = reasonText;
  }

  public String reason() {
    return reason;
  }

  public String reasonText() {
    return reasonText;
  }
}

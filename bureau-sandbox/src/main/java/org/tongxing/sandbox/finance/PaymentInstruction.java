package org.tongxing.sandbox.finance;

import static org.tongxing.sandbox.RequestChecks.invalid;
import static org.tongxing.sandbox.RequestChecks.quoted;
import static org.tongxing.sandbox.RequestChecks.requireText;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A payment instruction (支付指令) as posted to {@code POST /sandbox/finance/payments}.
 *
 * @param paymentId the caller's idempotency key: one paymentId is one payment, however often it is
 *     posted
 * @param payeeName the account holder's name (收款人户名)
 * @param payeeAccount the bank account number, 16 to 19 digits
 * @param payeeBank the bank and branch (开户行), optional
 * @param amount in yuan, more than 0, at most 2 decimals
 * @param purpose what the payment is for, in Chinese (用途)
 * @param policyClause the policy sentence that grants the payment, for example {@code item 1.4}
 * @param caseId the application the payment belongs to
 */
public record PaymentInstruction(
    String paymentId,
    String payeeName,
    String payeeAccount,
    String payeeBank,
    BigDecimal amount,
    String purpose,
    String policyClause,
    String caseId) {

  /** Letters, digits and {@code . _ : -}, as they stand in a URL path without encoding. */
  private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

  private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{16,19}");
  private static final int MAX_TEXT_LENGTH = 200;

  /**
   * @return this instruction with the amount at scale 2
   * @throws IllegalArgumentException naming the first field that breaks the contract
   */
  PaymentInstruction validated() {
    if (paymentId == null || !PAYMENT_ID.matcher(paymentId).matches()) {
      throw new IllegalArgumentException(
          "Expected paymentId of 1 to 100 letters, digits or . _ : - (starting with a letter or"
              + " digit), but was %s".formatted(quoted(paymentId)));
    }
    String where = "payment '%s'".formatted(paymentId);
    requireText("payeeName", payeeName, MAX_TEXT_LENGTH, where);
    if (payeeAccount == null || !ACCOUNT_NUMBER.matcher(payeeAccount).matches()) {
      throw invalid("payeeAccount of 16 to 19 digits", quoted(payeeAccount), where);
    }
    if (payeeBank != null) {
      requireText("payeeBank", payeeBank, MAX_TEXT_LENGTH, where);
    }
    if (amount == null || amount.signum() <= 0) {
      throw invalid("amount (yuan) greater than 0", String.valueOf(amount), where);
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw invalid("amount (yuan) with at most 2 decimals", amount.toPlainString(), where);
    }
    requireText("purpose", purpose, MAX_TEXT_LENGTH, where);
    requireText("policyClause", policyClause, MAX_TEXT_LENGTH, where);
    requireText("caseId", caseId, MAX_TEXT_LENGTH, where);
    return new PaymentInstruction(
        paymentId,
        payeeName,
        payeeAccount,
        payeeBank,
        amount.setScale(2),
        purpose,
        policyClause,
        caseId);
  }

  /** The fields a repeated instruction must repeat, by name. */
  Map<String, Object> content() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("amount", amount);
    content.put("payeeName", payeeName);
    content.put("payeeAccount", payeeAccount);
    content.put("payeeBank", payeeBank);
    content.put("purpose", purpose);
    content.put("policyClause", policyClause);
    content.put("caseId", caseId);
    return content;
  }
}

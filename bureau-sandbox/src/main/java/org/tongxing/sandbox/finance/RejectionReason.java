package org.tongxing.sandbox.finance;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the treasury refuses a payment instruction; the {@code reason} of a 422 problem. */
public enum RejectionReason {
  ACCOUNT_CLOSED("account-closed", "收款账户已销户"),
  ACCOUNT_FROZEN("account-frozen", "收款账户已冻结"),
  ACCOUNT_NOT_FOUND("account-not-found", "收款账户不存在"),
  PAYEE_NAME_MISMATCH("payee-name-mismatch", "收款人户名与账户不符"),
  OVER_PAYMENT_LIMIT("over-payment-limit", "超过单笔支付限额");

  private final String code;
  private final String chineseText;

  RejectionReason(String code, String chineseText) {
    this.code = code;
    this.chineseText = chineseText;
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** The reason as the treasury states it, for staff and applicants. */
  public String chineseText() {
    return chineseText;
  }
}

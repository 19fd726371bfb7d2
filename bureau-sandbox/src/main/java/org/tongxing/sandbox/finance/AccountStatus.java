package org.tongxing.sandbox.finance;

/** What the payee's bank answers for an account number. */
public enum AccountStatus {
  OPEN,
  /** 销户: the holder closed the account. */
  CLOSED,
  /** 冻结: frozen by a court or the bank; it receives nothing. */
  FROZEN,
  /** The bank has no account with this number. */
  NOT_FOUND
}

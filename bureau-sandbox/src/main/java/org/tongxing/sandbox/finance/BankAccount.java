package org.tongxing.sandbox.finance;

/**
 * A payee account as the sandbox's data file holds it.
 *
 * <p>Invariant: the number has 16 to 19 digits, and every account that exists has a holder.
 */
public record BankAccount(
    String accountNumber, String holderName, String bank, AccountStatus status) {

  public BankAccount {
    if (accountNumber == null || !accountNumber.matches("\\d{16,19}")) {
      throw new IllegalArgumentException(
          "Expected an account number of 16 to 19 digits, but was '%s'".formatted(accountNumber));
    }
    if (status != AccountStatus.NOT_FOUND && (holderName == null || holderName.isBlank())) {
      throw new IllegalArgumentException(
          "Expected a holder of account '%s' (%s), but there is none"
              .formatted(accountNumber, status));
    }
  }
}

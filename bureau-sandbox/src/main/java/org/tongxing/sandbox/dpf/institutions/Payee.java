package org.tongxing.sandbox.dpf.institutions;

/** The account the institution's subsidies are paid to (items 6.2 and 6.4). */
public record Payee(String accountName, String accountNumber, String bankName) {}

package org.tongxing.sandbox.dpf.institutions;

import java.time.LocalDate;

/** The service agreement (定点服务协议) of item 5.1's 协议管理, renewed at each yearly review. */
public record Agreement(String agreementNumber, LocalDate validFrom, LocalDate validUntil) {

  public Agreement {
    if (agreementNumber == null || agreementNumber.isBlank()) {
      throw new IllegalArgumentException("Expected an agreement number, but it was empty");
    }
    if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "Expected agreement %s to run from a date to a later one, but was %s to %s"
              .formatted(agreementNumber, validFrom, validUntil));
    }
  }
}

package org.tongxing.workers.benefits;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A benefit as the benefit workers read it (a local variable {@code benefit} of their BPMN task, by
 * input mapping): which scheme, granted to whom, for which period, in which case.
 *
 * @param scheme for example {@code education-grant}
 * @param subject a student's ID number, an employer's credit code, a certificate number
 * @param period for example {@code 2025-2026}, {@code 2025} or {@code once}
 * @param caseId the application's id
 * @param amount yuan, for the register's record
 * @param description for the register's record, in Chinese
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Benefit(
    String scheme,
    String subject,
    String period,
    String caseId,
    BigDecimal amount,
    String description) {

  /**
   * @throws IllegalArgumentException naming the missing part of the key
   */
  Benefit requireKey() {
    requirePart("scheme", scheme);
    requirePart("subject", subject);
    requirePart("period", period);
    requirePart("caseId", caseId);
    return this;
  }

  private void requirePart(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "Expected variable 'benefit' with a %s, but it has none: %s".formatted(name, this));
    }
  }
}

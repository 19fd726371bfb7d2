package org.tongxing.sandbox.benefits;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One benefit granted, as the DPF's register (发放台账) keeps it: who received which benefit for which
 * period, and in which case.
 *
 * @param scheme the benefit, for example {@code education-grant} (policy item 7.6–7.7)
 * @param subject who or what it was granted to: a student's ID number, an employer's credit code, a
 *     certificate number
 * @param period for example {@code 2025-2026} (a school year), {@code 2025} (a year) or {@code
 *     once} (a one-off benefit)
 * @param caseId the application that granted it
 * @param amount yuan
 */
public record BenefitRecord(
    String scheme,
    String subject,
    String period,
    String caseId,
    BigDecimal amount,
    String description,
    Instant recordedAt) {

  String key() {
    return key(scheme, subject, period);
  }

  static String key(String scheme, String subject, String period) {
    return scheme + "/" + subject + "/" + period;
  }
}

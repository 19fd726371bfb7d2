package org.tongxing.workers.certificates;

import java.util.List;

/**
 * The variables the {@link CheckDisabilityCertificatesWorker} completes its job with.
 *
 * @param certificateChecks one check per declared employee, in the declared order
 * @param validCertificateCount how many checks are valid
 * @param allCertificatesValid true only if at least one employee was declared and every certificate
 *     is valid
 */
public record CheckDisabilityCertificatesOutput(
    List<CertificateCheck> certificateChecks,
    int validCertificateCount,
    boolean allCertificatesValid) {

  static CheckDisabilityCertificatesOutput of(List<CertificateCheck> checks) {
    int validCount = (int) checks.stream().filter(CertificateCheck::valid).count();
    return new CheckDisabilityCertificatesOutput(
        List.copyOf(checks), validCount, !checks.isEmpty() && validCount == checks.size());
  }
}

package org.tongxing.workers.bureau.dpf;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauEndpoints;
import org.tongxing.workers.bureau.BureauJsonClient;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up disability certificates in the DPF certificate system (or its sandbox): {@code GET
 * {baseUrl}/disability-certificates/{certificateNumber}}; configured by {@code
 * tongxing.bureau.dpf-certificates.*}.
 *
 * <p>Contract: 200 with the certificate; 404 with problem JSON of type {@value
 * #CERTIFICATE_NOT_FOUND} when there is no such certificate. Anything else is a technical failure.
 */
@Component
public class DisabilityCertificateClient {

  /** The problem type that distinguishes "no such certificate" from any other 404. */
  public static final String CERTIFICATE_NOT_FOUND = "urn:tongxing:problem:certificate-not-found";

  static final String SANDBOX_PATH = "/sandbox/dpf";

  private final BureauJsonClient client;

  @Autowired
  public DisabilityCertificateClient(BureauEndpoints endpoints) {
    this(endpoints.client("dpf-certificates", "DPF certificate system", SANDBOX_PATH));
  }

  public DisabilityCertificateClient(BureauJsonClient client) {
    this.client = client;
  }

  /**
   * @return the certificate, or empty if the system has no certificate with this number
   * @throws BureauUnavailableException if the system cannot be reached, is too slow, or answers
   *     outside its contract (5xx, 401, a 404 that is not certificate-not-found, unreadable JSON)
   */
  public Optional<DisabilityCertificate> findCertificate(String certificateNumber) {
    return client.find(
        DisabilityCertificate.class,
        CERTIFICATE_NOT_FOUND,
        "for certificate '%s'".formatted(certificateNumber),
        "/disability-certificates/{certificateNumber}",
        certificateNumber);
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }
}

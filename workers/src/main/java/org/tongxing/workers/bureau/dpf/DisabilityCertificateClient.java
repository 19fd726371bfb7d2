package org.tongxing.workers.bureau.dpf;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.tongxing.workers.bureau.BureauClient;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauSystem;
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

  public static final BureauSystem SYSTEM =
      new BureauSystem("dpf-certificates", "DPF certificate system", "/sandbox/dpf");

  /** The problem type that distinguishes "no such certificate" from any other 404. */
  public static final String CERTIFICATE_NOT_FOUND = "urn:tongxing:problem:certificate-not-found";

  private final BureauClient client;

  @Autowired
  public DisabilityCertificateClient(BureauClients clients) {
    this(clients.open(SYSTEM));
  }

  public DisabilityCertificateClient(BureauClient client) {
    this.client = client;
  }

  /**
   * @return the certificate, or empty if the system has no certificate with this number
   * @throws BureauUnavailableException if the system cannot be reached, is too slow, or answers
   *     outside its contract (5xx, 401, a 404 that is not certificate-not-found, unreadable JSON)
   */
  public Optional<DisabilityCertificate> findCertificate(String certificateNumber) {
    // a 404 without our problem type comes from a wrong base URL or a disabled sandbox; taking it
    // for 查无此证 would silently reject every applicant
    return client
        .get("/disability-certificates/{certificateNumber}", certificateNumber)
        .about("for certificate '%s'".formatted(certificateNumber))
        .outcome(HttpStatus.NOT_FOUND, CERTIFICATE_NOT_FOUND)
        .find(DisabilityCertificate.class);
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return client.baseUrl();
  }
}

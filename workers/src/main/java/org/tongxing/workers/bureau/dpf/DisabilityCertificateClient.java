package org.tongxing.workers.bureau.dpf;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import org.tongxing.workers.bureau.BureauProblem;
import org.tongxing.workers.bureau.BureauRestClients;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Looks up disability certificates in the DPF certificate system (or its sandbox): {@code GET
 * {baseUrl}/disability-certificates/{certificateNumber}}.
 *
 * <p>Contract: 200 with the certificate; 404 with problem JSON of type {@value
 * #CERTIFICATE_NOT_FOUND} when there is no such certificate. Anything else is a technical failure.
 */
public class DisabilityCertificateClient {

  /** The problem type that distinguishes "no such certificate" from any other 404. */
  public static final String CERTIFICATE_NOT_FOUND = "urn:tongxing:problem:certificate-not-found";

  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   */
  public DisabilityCertificateClient(RestClient restClient, Supplier<String> baseUrl) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
  }

  /**
   * @return the certificate, or empty if the system has no certificate with this number
   * @throws BureauUnavailableException if the system cannot be reached, is too slow, or answers
   *     outside its contract (5xx, 401, a 404 that is not certificate-not-found, unreadable JSON)
   */
  public Optional<DisabilityCertificate> findCertificate(String certificateNumber) {
    String base = baseUrl.get();
    try {
      return restClient
          .get()
          .uri(base + "/disability-certificates/{certificateNumber}", certificateNumber)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .exchange((request, response) -> read(request.getURI(), response));
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected the DPF certificate system at %s to answer for certificate '%s', but %s"
              .formatted(base, certificateNumber, BureauRestClients.describe(e)),
          e);
    }
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  private static Optional<DisabilityCertificate> read(
      URI uri, ConvertibleClientHttpResponse response) throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == HttpStatus.OK) {
      DisabilityCertificate certificate = response.bodyTo(DisabilityCertificate.class);
      if (certificate == null) {
        throw new BureauUnavailableException(
            "Expected a certificate in the answer of GET %s, but the body was empty"
                .formatted(uri));
      }
      return Optional.of(certificate);
    }
    if (status == HttpStatus.NOT_FOUND && isCertificateNotFound(response)) {
      return Optional.empty();
    }
    throw new BureauUnavailableException(
        "Expected 200 or a certificate-not-found 404 from GET %s, but got %s"
            .formatted(uri, response.getStatusCode()));
  }

  private static boolean isCertificateNotFound(ConvertibleClientHttpResponse response)
      throws IOException {
    // a 404 without our problem type comes from a wrong base URL or a disabled sandbox; taking it
    // for 查无此证 would silently reject every applicant
    return BureauRestClients.problem(response, BureauProblem.class)
        .map(problem -> CERTIFICATE_NOT_FOUND.equals(problem.type()))
        .orElse(false);
  }
}

package org.tongxing.workers.bureau.justice;

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
import org.tongxing.workers.bureau.BureauRequestInvalidException;
import org.tongxing.workers.bureau.BureauRestClients;
import org.tongxing.workers.bureau.BureauUnavailableException;

/**
 * Files legal aid applications with the Justice Bureau's legal aid system (or its sandbox) and
 * records the agency's decision there:
 *
 * <ul>
 *   <li>{@code POST {baseUrl}/legal-aid-applications}: 201 or 200 (the same reference id again)
 *       with the application; 422 of type {@value #APPLICATION_INCOMPLETE} when it cannot be filed
 *   <li>{@code PUT {baseUrl}/legal-aid-applications/{number}/decision}: 200 with the application
 * </ul>
 *
 * <p>A 409 (the reference id filed for someone else, another decision recorded before) or a 404 (no
 * such application) is the request's own fault: {@link BureauRequestInvalidException}, an incident
 * at once. Anything else (5xx, an unreadable body, a timeout) is passing trouble: {@link
 * BureauUnavailableException}, retried.
 */
public class LegalAidClient {

  public static final String APPLICATION_INCOMPLETE =
      "urn:tongxing:problem:legal-aid-application-incomplete";

  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  public LegalAidClient(RestClient restClient, Supplier<String> baseUrl) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
  }

  /**
   * @throws LegalAidApplicationRefusedException if the system answers that the application is
   *     incomplete; the message says what is missing
   * @throws BureauRequestInvalidException if the reference id was filed for another applicant
   * @throws BureauUnavailableException for any technical failure
   */
  public LegalAidApplication file(LegalAidApplicationRequest request) {
    String base = baseUrl.get();
    try {
      return restClient
          .post()
          .uri(base + "/legal-aid-applications")
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(request)
          .exchange((req, response) -> readFiled(req.getURI(), response));
    } catch (RestClientException e) {
      throw new BureauUnavailableException(
          "Expected the legal aid system at %s to file the application '%s', but %s"
              .formatted(base, request.referenceId(), BureauRestClients.describe(e)),
          e);
    }
  }

  /**
   * @throws BureauRequestInvalidException if the system has no such application, has another
   *     decision on it, or finds the decision incomplete: the two systems disagree, which a person
   *     has to look at
   * @throws BureauUnavailableException for any technical failure
   */
  public LegalAidApplication recordDecision(String applicationNumber, LegalAidDecision decision) {
    String base = baseUrl.get();
    try {
      return restClient
          .put()
          .uri(base + "/legal-aid-applications/{number}/decision", applicationNumber)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(decision)
          .exchange((req, response) -> readDecided(req.getURI(), response));
    } catch (RestClientException e) {
      throw new BureauUnavailableException(
          "Expected the legal aid system at %s to record the decision on %s, but %s"
              .formatted(base, applicationNumber, BureauRestClients.describe(e)),
          e);
    }
  }

  public String baseUrl() {
    return baseUrl.get();
  }

  private static LegalAidApplication readFiled(URI uri, ConvertibleClientHttpResponse response)
      throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == HttpStatus.CREATED || status == HttpStatus.OK) {
      return body(uri, response);
    }
    var problem = BureauRestClients.problem(response, BureauProblem.class);
    if (status == HttpStatus.UNPROCESSABLE_ENTITY
        && problem.filter(p -> APPLICATION_INCOMPLETE.equals(p.type())).isPresent()) {
      throw new LegalAidApplicationRefusedException(problem.get().detail());
    }
    throw unexpected("201 or 200", uri, response, problem);
  }

  private static LegalAidApplication readDecided(URI uri, ConvertibleClientHttpResponse response)
      throws IOException {
    if (response.getStatusCode().value() == HttpStatus.OK.value()) {
      return body(uri, response);
    }
    throw unexpected(
        "200", uri, response, BureauRestClients.problem(response, BureauProblem.class));
  }

  private static LegalAidApplication body(URI uri, ConvertibleClientHttpResponse response) {
    LegalAidApplication application = response.bodyTo(LegalAidApplication.class);
    if (application == null || application.applicationNumber() == null) {
      throw new BureauUnavailableException(
          "Expected a legal aid application in the answer of %s, but it had none".formatted(uri));
    }
    return application;
  }

  private static RuntimeException unexpected(
      String expected,
      URI uri,
      ConvertibleClientHttpResponse response,
      Optional<BureauProblem> problem)
      throws IOException {
    String message =
        "Expected %s from %s, but got %s%s"
            .formatted(
                expected,
                uri,
                response.getStatusCode(),
                problem.map(p -> p.detail() == null ? "" : ": " + p.detail()).orElse(""));
    int status = response.getStatusCode().value();
    // a problem of the contract's own (a conflict, an unknown number, an incomplete decision):
    // the same request would get the same answer
    if (problem.isPresent() && (status == 404 || status == 409 || status == 422)) {
      return new BureauRequestInvalidException(message);
    }
    return new BureauUnavailableException(message);
  }
}

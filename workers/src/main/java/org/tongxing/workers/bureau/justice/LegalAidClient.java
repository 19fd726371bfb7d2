package org.tongxing.workers.bureau.justice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import org.tongxing.workers.bureau.BureauHttp;
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
 * <p>Anything else (5xx, 404, 409, an unreadable body, a timeout) is a technical failure.
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
              .formatted(base, request.referenceId(), BureauHttp.describe(e)),
          e);
    }
  }

  /**
   * @throws BureauUnavailableException for any failure: the decision was taken in Tongxing's
   *     tasklist and complete, so a refusal means the two systems disagree
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
              .formatted(base, applicationNumber, BureauHttp.describe(e)),
          e);
    }
  }

  public String baseUrl() {
    return baseUrl.get();
  }

  private static LegalAidApplication readFiled(URI uri, ConvertibleClientHttpResponse response)
      throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == HttpStatus.UNPROCESSABLE_ENTITY && BureauHttp.isJson(response)) {
      Problem problem = response.bodyTo(Problem.class);
      if (problem != null && APPLICATION_INCOMPLETE.equals(problem.type())) {
        throw new LegalAidApplicationRefusedException(problem.detail());
      }
    }
    if (status == HttpStatus.CREATED || status == HttpStatus.OK) {
      return body(uri, response);
    }
    throw unexpected("201 or 200", uri, response);
  }

  private static LegalAidApplication readDecided(URI uri, ConvertibleClientHttpResponse response)
      throws IOException {
    if (response.getStatusCode().value() == HttpStatus.OK.value()) {
      return body(uri, response);
    }
    throw unexpected("200", uri, response);
  }

  private static LegalAidApplication body(URI uri, ConvertibleClientHttpResponse response) {
    LegalAidApplication application = response.bodyTo(LegalAidApplication.class);
    if (application == null || application.applicationNumber() == null) {
      throw new BureauUnavailableException(
          "Expected a legal aid application in the answer of %s, but it had none".formatted(uri));
    }
    return application;
  }

  private static BureauUnavailableException unexpected(
      String expected, URI uri, ConvertibleClientHttpResponse response) throws IOException {
    String detail = "";
    if (BureauHttp.isJson(response)) {
      Problem problem = response.bodyTo(Problem.class);
      detail = problem == null || problem.detail() == null ? "" : ": " + problem.detail();
    }
    return new BureauUnavailableException(
        "Expected %s from %s, but got %s%s"
            .formatted(expected, uri, response.getStatusCode(), detail));
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record Problem(String type, String title, Integer status, String detail) {}
}

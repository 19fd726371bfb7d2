package org.tongxing.workers.bureau.notification;

import java.io.IOException;
import java.net.URI;
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
 * Sends notices to applicants through the notification service (SMS, letter, in-app; or its
 * sandbox): {@code POST {baseUrl}/notices} with an {@code Idempotency-Key} header.
 *
 * <p>Contract: 201 with the notice, or 200 with the notice sent before under the same key (so a
 * repeated call never sends twice); 400 when the notice breaks the contract (a malformed mobile,
 * an unknown channel); 409 of type {@value #IDEMPOTENCY_CONFLICT} when the key was used for other
 * content. Anything else is a technical failure.
 */
public class NotificationClient {

  public static final String IDEMPOTENCY_CONFLICT = "urn:tongxing:problem:idempotency-conflict";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  /**
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   */
  public NotificationClient(RestClient restClient, Supplier<String> baseUrl) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
  }

  /**
   * Sends the notice once per idempotency key.
   *
   * @throws BureauRequestInvalidException if the notice breaks the contract or the key was used
   *     for other content
   * @throws BureauUnavailableException if the service cannot be reached, is too slow, or answers
   *     outside its contract; repeating the call with the same key is safe
   */
  public Notice send(String idempotencyKey, NoticeRequest notice) {
    String base = baseUrl.get();
    try {
      return restClient
          .post()
          .uri(base + "/notices")
          .header(IDEMPOTENCY_KEY, idempotencyKey)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .body(notice)
          .exchange((request, response) -> read(request.getURI(), idempotencyKey, response));
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected the notification service at %s to answer for notice '%s' of case '%s', but %s"
              .formatted(base, idempotencyKey, notice.caseId(), BureauRestClients.describe(e)),
          e);
    }
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  private static Notice read(
      URI uri, String idempotencyKey, ConvertibleClientHttpResponse response) throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == HttpStatus.CREATED || status == HttpStatus.OK) {
      Notice notice = response.bodyTo(Notice.class);
      if (notice == null || notice.noticeId() == null) {
        throw new BureauUnavailableException(
            "Expected a notice with an id from POST %s for notice '%s', but got %s"
                .formatted(uri, idempotencyKey, notice));
      }
      return notice;
    }
    if (status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONFLICT) {
      var problem = BureauRestClients.problem(response, BureauProblem.class);
      if (status == HttpStatus.BAD_REQUEST
          || problem.filter(p -> IDEMPOTENCY_CONFLICT.equals(p.type())).isPresent()) {
        throw new BureauRequestInvalidException(
            "Expected the notification service to accept notice '%s', but POST %s answered %s: %s"
                .formatted(
                    idempotencyKey,
                    uri,
                    response.getStatusCode(),
                    problem.map(BureauProblem::detail).orElse("(no problem details)")));
      }
    }
    throw new BureauUnavailableException(
        "Expected 201, 200 or a problem of the contract from POST %s for notice '%s', but got %s"
            .formatted(uri, idempotencyKey, response.getStatusCode()));
  }
}

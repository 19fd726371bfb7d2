package org.tongxing.workers.bureau;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * Calls one bureau system's JSON API and sorts its answers into results, business outcomes the
 * contract names (a 404 or 409 problem of an agreed type) and technical failures ({@link
 * BureauUnavailableException}: unreachable, too slow, 5xx, any other status, an unreadable body).
 *
 * <p>A 404 or 409 counts as a business outcome only with the agreed problem type: one from a wrong
 * base URL or a disabled sandbox must never be taken for "no such record", which would silently
 * refuse applicants.
 */
public final class BureauJsonClient {

  private static final String PROBLEM_PREFIX = "urn:tongxing:problem:";

  private final String systemName;
  private final RestClient restClient;
  private final Supplier<String> baseUrl;

  /**
   * @param systemName for messages, for example {@code DPF certificate system}
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   */
  public BureauJsonClient(String systemName, RestClient restClient, Supplier<String> baseUrl) {
    this.systemName = systemName;
    this.restClient = restClient;
    this.baseUrl = baseUrl;
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  /**
   * {@code GET}: the record, or empty on a 404 problem of {@code notFoundType}.
   *
   * @param subject what is asked, for messages: {@code for certificate '3303…'}
   * @throws BureauUnavailableException on any other answer or none
   */
  public <T> Optional<T> find(
      Class<T> type, String notFoundType, String subject, String path, Object... uriVariables) {
    Answer<T> answer =
        exchange(
            HttpMethod.GET,
            null,
            type,
            HttpStatus.NOT_FOUND,
            notFoundType,
            subject,
            path,
            uriVariables);
    return Optional.ofNullable(answer.value());
  }

  /**
   * {@code GET}: the record; the system always has an answer for this question.
   *
   * @throws BureauUnavailableException on any answer but 200, or none
   */
  public <T> T get(Class<T> type, String subject, String path, Object... uriVariables) {
    return exchange(HttpMethod.GET, null, type, null, null, subject, path, uriVariables).value();
  }

  /**
   * {@code PUT} a JSON body: the record written (200 or 201), or the problem of a 409 of {@code
   * conflictType}.
   *
   * @throws BureauUnavailableException on any other answer or none
   */
  public <T> Answer<T> put(
      Class<T> type,
      Object body,
      String conflictType,
      String subject,
      String path,
      Object... uriVariables) {
    return exchange(
        HttpMethod.PUT, body, type, HttpStatus.CONFLICT, conflictType, subject, path, uriVariables);
  }

  /**
   * {@code DELETE}: done (2xx), or the problem of a 409 of {@code conflictType}.
   *
   * @throws BureauUnavailableException on any other answer or none
   */
  public Answer<Void> delete(
      String conflictType, String subject, String path, Object... uriVariables) {
    return exchange(
        HttpMethod.DELETE,
        null,
        Void.class,
        HttpStatus.CONFLICT,
        conflictType,
        subject,
        path,
        uriVariables);
  }

  /**
   * A result or the business outcome the contract names.
   *
   * @param value the body of a 2xx answer; {@code null} for a problem or a bodiless answer
   * @param problem the agreed problem (404 not found, 409 conflict), or {@code null}
   * @param problemMembers every member of that problem, the extra ones too (for example the {@code
   *     caseId} that holds a benefit); empty without a problem
   */
  public record Answer<T>(T value, BureauProblem problem, Map<String, Object> problemMembers) {

    public Answer {
      problemMembers = problemMembers == null ? Map.of() : problemMembers;
    }

    public boolean isProblem() {
      return problem != null;
    }
  }

  private <T> Answer<T> exchange(
      HttpMethod method,
      Object body,
      Class<T> type,
      HttpStatus outcomeStatus,
      String outcomeType,
      String subject,
      String path,
      Object... uriVariables) {
    String base = baseUrl.get();
    try {
      RestClient.RequestBodySpec request =
          restClient
              .method(method)
              .uri(base + path, uriVariables)
              .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).body(body);
      }
      return request.exchange(
          (sent, response) ->
              read(method, sent.getURI(), response, type, outcomeStatus, outcomeType));
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected the %s at %s to answer %s, but %s"
              .formatted(systemName, base, subject, BureauRestClients.describe(e)),
          e);
    }
  }

  private static <T> Answer<T> read(
      HttpMethod method,
      URI uri,
      ConvertibleClientHttpResponse response,
      Class<T> type,
      HttpStatus outcomeStatus,
      String outcomeType)
      throws IOException {
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status != null && status.is2xxSuccessful()) {
      if (type == Void.class) {
        return new Answer<>(null, null, null);
      }
      T value = response.bodyTo(type);
      if (value == null) {
        throw new BureauUnavailableException(
            "Expected a body in the answer of %s %s, but it was empty".formatted(method, uri));
      }
      return new Answer<>(value, null, null);
    }
    if (status == outcomeStatus && outcomeStatus != null) {
      Map<String, Object> members = problemMembers(response);
      if (outcomeType.equals(members.get("type"))) {
        return new Answer<>(null, problemOf(members), members);
      }
    }
    throw new BureauUnavailableException(
        "Expected %s from %s %s, but got %s"
            .formatted(
                expected(method, outcomeStatus, outcomeType),
                method,
                uri,
                response.getStatusCode()));
  }

  private static String expected(HttpMethod method, HttpStatus outcomeStatus, String outcomeType) {
    String success =
        method == HttpMethod.PUT ? "200, 201" : method == HttpMethod.DELETE ? "2xx" : "200";
    if (outcomeStatus == null) {
      return success;
    }
    String name =
        outcomeType.startsWith(PROBLEM_PREFIX)
            ? outcomeType.substring(PROBLEM_PREFIX.length())
            : outcomeType;
    return "%s or a %s %d".formatted(success, name, outcomeStatus.value());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> problemMembers(ConvertibleClientHttpResponse response)
      throws IOException {
    return BureauRestClients.problem(response, Map.class)
        .map(map -> (Map<String, Object>) map)
        .orElse(Map.of());
  }

  private static BureauProblem problemOf(Map<String, Object> members) {
    Object status = members.get("status");
    return new BureauProblem(
        text(members.get("type")),
        text(members.get("title")),
        status instanceof Number number ? number.intValue() : null,
        text(members.get("detail")));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

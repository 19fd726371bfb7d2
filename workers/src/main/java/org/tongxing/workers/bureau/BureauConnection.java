package org.tongxing.workers.bureau;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * Calls one bureau system over HTTP with the contract every Tongxing bureau client keeps: 200 with
 * JSON is the answer; a 404 carrying the documented problem type means "no such record"; every
 * other answer, an unreachable system and unreadable JSON are technical failures ({@link
 * BureauUnavailableException}), except a 400 or 409, which the system gave on purpose ({@link
 * BureauRequestInvalidException}).
 */
public class BureauConnection {

  private final RestClient restClient;
  private final Supplier<String> baseUrl;
  private final String description;

  /**
   * @param baseUrl read on every call, because the sandbox's port is known only once the app's web
   *     server has started
   * @param description the system in words for messages
   */
  public BureauConnection(RestClient restClient, Supplier<String> baseUrl, String description) {
    this.restClient = restClient;
    this.baseUrl = baseUrl;
    this.description = description;
  }

  /** Base URL of the next call; for diagnostics and tests. */
  public String baseUrl() {
    return baseUrl.get();
  }

  /**
   * {@code GET} one record.
   *
   * @param path below the base URL with {@code {placeholders}}, for example {@code
   *     /legal-persons/{code}}
   * @param notFoundType the problem type of the system's "no such record" 404
   * @return the record, or empty when the system answered {@code notFoundType}
   */
  public <T> Optional<T> getOne(
      String path, Class<T> type, String notFoundType, Object... uriVariables) {
    String base = baseUrl.get();
    return call(
        base,
        path,
        () ->
            restClient
                .get()
                .uri(base + path, uriVariables)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange(
                    (request, response) -> {
                      if (isStatus(response, HttpStatus.NOT_FOUND)
                          && hasProblemType(response, notFoundType)) {
                        return Optional.empty();
                      }
                      return Optional.of(body(request.getURI(), response, type));
                    }));
  }

  /**
   * {@code GET} a list of records; an empty list is an answer, not a failure.
   *
   * @param uri builds the path and query below the base URL
   */
  public <T> List<T> getList(
      String path,
      Function<UriBuilder, UriBuilder> uri,
      ParameterizedTypeReference<List<T>> type) {
    String base = baseUrl.get();
    return call(
        base,
        path,
        () ->
            restClient
                .get()
                .uri(base, builder -> uri.apply(builder.path(path)).build())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> body(request.getURI(), response, type)));
  }

  /** {@code POST} a JSON body and read the JSON answer. */
  public <T> T post(String path, Object body, Class<T> type, Object... uriVariables) {
    String base = baseUrl.get();
    return call(
        base,
        path,
        () ->
            restClient
                .post()
                .uri(base + path, uriVariables)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(body)
                .exchange((request, response) -> body(request.getURI(), response, type)));
  }

  private <T> T call(String base, String path, Supplier<T> exchange) {
    try {
      return exchange.get();
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected %s at %s to answer %s, but %s"
              .formatted(description, base, path, BureauRestClients.describe(e)),
          e);
    }
  }

  private <T> T body(URI uri, ConvertibleClientHttpResponse response, Class<T> type)
      throws IOException {
    requireOk(uri, response);
    return nonNull(uri, response.bodyTo(type));
  }

  private <T> T body(
      URI uri, ConvertibleClientHttpResponse response, ParameterizedTypeReference<T> type)
      throws IOException {
    requireOk(uri, response);
    return nonNull(uri, response.bodyTo(type));
  }

  private void requireOk(URI uri, ConvertibleClientHttpResponse response) throws IOException {
    if (isStatus(response, HttpStatus.OK)) {
      return;
    }
    if (isStatus(response, HttpStatus.BAD_REQUEST) || isStatus(response, HttpStatus.CONFLICT)) {
      String detail =
          BureauRestClients.problem(response, BureauProblem.class)
              .map(BureauProblem::detail)
              .orElse("(no problem details)");
      throw new BureauRequestInvalidException(
          "Expected %s to accept %s, but it answered %s: %s"
              .formatted(description, uri, response.getStatusCode(), detail));
    }
    throw new BureauUnavailableException(
        "Expected 200 from %s at %s, but got %s".formatted(description, uri, response.getStatusCode()));
  }

  private <T> T nonNull(URI uri, T value) {
    if (value == null) {
      throw new BureauUnavailableException(
          "Expected a body in the answer of %s to %s, but it was empty".formatted(description, uri));
    }
    return value;
  }

  private static boolean isStatus(ConvertibleClientHttpResponse response, HttpStatus status)
      throws IOException {
    return response.getStatusCode().value() == status.value();
  }

  private static boolean hasProblemType(ConvertibleClientHttpResponse response, String type)
      throws IOException {
    // a 404 without the documented problem type comes from a wrong base URL or a disabled sandbox;
    // taking it for "no such record" would silently decide cases on nothing
    return BureauRestClients.problem(response, BureauProblem.class)
        .map(problem -> type.equals(problem.type()))
        .orElse(false);
  }
}

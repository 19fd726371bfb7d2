package org.tongxing.workers.bureau;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * One call of a bureau system and its contract, stated before it is sent:
 *
 * <ul>
 *   <li>a 2xx answer is the result (with a body unless the call expects none);
 *   <li>{@link #outcome} names a business outcome the contract agrees on, a problem of a given
 *       status and type (404 "no such record", 409 "already granted", 422 "payment rejected"): the
 *       {@link BureauAnswer} carries it;
 *   <li>a 400, and what {@link #refusal} names (an idempotency conflict, a state that does not
 *       allow the change), say the request itself is wrong: {@link BureauRequestInvalidException},
 *       since the same request would get the same answer;
 *   <li>anything else, no answer, a timeout or an unreadable body: {@link
 *       BureauUnavailableException}, a technical failure that a retry may cure.
 * </ul>
 *
 * <p>A problem counts as an outcome only with its agreed type: a 404 from a wrong base URL or a
 * disabled sandbox must never be taken for "no such record", which would silently refuse
 * applicants.
 */
public final class BureauCall {

  private static final String PROBLEM_PREFIX = "urn:tongxing:problem:";

  private final String systemName;
  private final RestClient restClient;
  private final String base;
  private final HttpMethod method;
  private final Object body;
  private final StringBuilder path;
  private final List<Object> uriVariables;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<Expected> outcomes = new ArrayList<>();
  private final List<Expected> refusals = new ArrayList<>();
  private String subject;

  BureauCall(
      String systemName,
      RestClient restClient,
      String base,
      HttpMethod method,
      Object body,
      String path,
      Object... uriVariables) {
    this.systemName = systemName;
    this.restClient = restClient;
    this.base = base;
    this.method = method;
    this.body = body;
    this.path = new StringBuilder(path);
    this.uriVariables = new ArrayList<>(Arrays.asList(uriVariables));
    // a 400 says the request breaks the contract, whatever the system: asking again cannot help
    refusals.add(new Expected(HttpStatus.BAD_REQUEST, null));
  }

  /**
   * What is asked, for messages: {@code for certificate '3303…'}. Without it, messages name the
   * method and path.
   */
  public BureauCall about(String subject) {
    this.subject = subject;
    return this;
  }

  /** Adds a query parameter, encoded as the path's variables are. */
  public BureauCall query(String name, Object value) {
    path.append(path.indexOf("?") < 0 ? '?' : '&')
        .append(name)
        .append("={")
        .append("query")
        .append(uriVariables.size())
        .append('}');
    uriVariables.add(value);
    return this;
  }

  public BureauCall header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** An answer of this status with a problem of this type is a business outcome of the contract. */
  public BureauCall outcome(HttpStatus status, String problemType) {
    outcomes.add(new Expected(status, problemType));
    return this;
  }

  /** Every answer of this status refuses the request: {@link BureauRequestInvalidException}. */
  public BureauCall refusal(HttpStatus status) {
    refusals.add(new Expected(status, null));
    return this;
  }

  /** An answer of this status with a problem of this type refuses the request. */
  public BureauCall refusal(HttpStatus status, String problemType) {
    refusals.add(new Expected(status, problemType));
    return this;
  }

  /** The result or the outcome. */
  public <T> BureauAnswer<T> answer(Class<T> type) {
    return exchange(response -> response.bodyTo(type));
  }

  /** The result or the outcome. */
  public <T> BureauAnswer<T> answer(ParameterizedTypeReference<T> type) {
    return exchange(response -> response.bodyTo(type));
  }

  /** Done, or the outcome; the answer has no body. */
  public BureauAnswer<Void> answer() {
    return exchange(null);
  }

  /** The record, or empty for the outcome (typically "no such record"). */
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(answer(type).value());
  }

  /** The result of a call with no outcome but success. */
  public <T> T fetch(Class<T> type) {
    return answer(type).value();
  }

  /** The result of a call with no outcome but success, for example a list. */
  public <T> T fetch(ParameterizedTypeReference<T> type) {
    return answer(type).value();
  }

  private <T> BureauAnswer<T> exchange(BodyReader<T> bodyReader) {
    try {
      RestClient.RequestBodySpec request =
          restClient
              .method(method)
              .uri(base + path, uriVariables.toArray())
              .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
      headers.forEach(request::header);
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).body(body);
      }
      return request.exchange((sent, response) -> read(sent.getURI(), response, bodyReader));
    } catch (RestClientException e) {
      // I/O errors (connection refused, timeouts) and unreadable bodies
      throw new BureauUnavailableException(
          "Expected the %s at %s to answer %s, but %s"
              .formatted(
                  systemName,
                  base,
                  subject == null ? method + " " + path : subject,
                  BureauRestClients.describe(e)),
          e);
    }
  }

  private <T> BureauAnswer<T> read(
      URI uri, ConvertibleClientHttpResponse response, BodyReader<T> bodyReader)
      throws IOException {
    int status = response.getStatusCode().value();
    if (response.getStatusCode().is2xxSuccessful()) {
      if (bodyReader == null) {
        return new BureauAnswer<>(uri, null, null, null);
      }
      T value = bodyReader.read(response);
      if (value == null) {
        throw new BureauUnavailableException(
            "Expected a body in the answer of %s %s, but it was empty".formatted(method, uri));
      }
      return new BureauAnswer<>(uri, value, null, null);
    }
    Map<String, Object> members = problemMembers(response);
    Object type = members.get("type");
    if (outcomes.stream().anyMatch(outcome -> outcome.matches(status, type))) {
      return new BureauAnswer<>(uri, null, problemOf(members), members);
    }
    if (refusals.stream().anyMatch(refusal -> refusal.matches(status, type))) {
      Object detail = members.get("detail");
      throw new BureauRequestInvalidException(
          "Expected the %s to accept %s %s%s, but it answered %s: %s"
              .formatted(
                  systemName,
                  method,
                  uri,
                  aboutWhat(),
                  response.getStatusCode(),
                  detail == null ? "(no problem details)" : detail));
    }
    throw new BureauUnavailableException(
        "Expected %s from %s %s%s, but got %s"
            .formatted(expected(), method, uri, aboutWhat(), response.getStatusCode()));
  }

  private String aboutWhat() {
    return subject == null ? "" : " " + subject;
  }

  /** For example {@code 200 or a certificate-not-found 404}. */
  private String expected() {
    List<String> answers = new ArrayList<>();
    if (method == HttpMethod.PUT || method == HttpMethod.POST) {
      answers.add("200");
      answers.add("201");
    } else {
      answers.add(method == HttpMethod.DELETE ? "2xx" : "200");
    }
    for (Expected outcome : outcomes) {
      answers.add("a %s %d".formatted(outcome.name(), outcome.status().value()));
    }
    String last = answers.remove(answers.size() - 1);
    return answers.isEmpty() ? last : String.join(", ", answers) + " or " + last;
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

  /** An agreed answer: a status, and the problem type it must carry ({@code null}: any). */
  private record Expected(HttpStatus status, String problemType) {

    boolean matches(int answeredStatus, Object answeredType) {
      return status.value() == answeredStatus
          && (problemType == null || problemType.equals(answeredType));
    }

    String name() {
      return problemType.startsWith(PROBLEM_PREFIX)
          ? problemType.substring(PROBLEM_PREFIX.length())
          : problemType;
    }
  }

  @FunctionalInterface
  private interface BodyReader<T> {
    T read(ConvertibleClientHttpResponse response) throws IOException;
  }
}

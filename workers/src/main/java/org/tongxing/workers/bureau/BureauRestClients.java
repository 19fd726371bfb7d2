package org.tongxing.workers.bureau;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/** What every bureau client needs: its HTTP client, its base URL, and the reading of problems. */
public final class BureauRestClients {

  private BureauRestClients() {}

  /** A client over HTTP/1.1 with the given timeouts, from the app's builder where there is one. */
  public static RestClient restClient(
      ObjectProvider<RestClient.Builder> restClientBuilder,
      Duration connectTimeout,
      Duration readTimeout) {
    HttpClient httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
    requestFactory.setReadTimeout(readTimeout);
    return restClientBuilder
        .getIfAvailable(RestClient::builder)
        .requestFactory(requestFactory)
        .build();
  }

  /**
   * The configured base URL without trailing slashes or, when none is configured, the sandbox of
   * this very app: {@code http://localhost:<local port><context path><sandboxPath>}. Read on every
   * call, because the local port is known only once the web server has started.
   */
  public static Supplier<String> baseUrl(
      String configuredBaseUrl, Environment environment, String sandboxPath) {
    if (configuredBaseUrl != null && !configuredBaseUrl.isBlank()) {
      String configured = configuredBaseUrl.replaceAll("/+$", "");
      return () -> configured;
    }
    return () ->
        "http://localhost:"
            + environment.getProperty(
                "local.server.port", environment.getProperty("server.port", "8080"))
            + environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "")
            + sandboxPath;
  }

  /**
   * The answer's problem JSON (RFC 9457), or empty when the answer is not JSON: a 4xx without
   * problem JSON comes from a wrong base URL or a proxy, not from the bureau's contract.
   */
  public static <T> Optional<T> problem(ConvertibleClientHttpResponse response, Class<T> type)
      throws IOException {
    if (!isJson(response)) {
      return Optional.empty();
    }
    return Optional.ofNullable(response.bodyTo(type));
  }

  /**
   * The chain of causes below the client's own exception, for example {@code HttpTimeoutException}
   * or {@code ConnectException / ClosedChannelException}: the outermost says what failed, the
   * innermost often why.
   */
  public static String describe(RestClientException e) {
    StringJoiner causes = new StringJoiner(" / ");
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      causes.add(
          cause.getMessage() == null
              ? cause.getClass().getSimpleName()
              : cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
    return causes.length() == 0 ? e.getMessage() : causes.toString();
  }

  private static boolean isJson(ClientHttpResponse response) {
    MediaType contentType = response.getHeaders().getContentType();
    return contentType != null
        && (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType)
            || MediaType.APPLICATION_JSON.isCompatibleWith(contentType));
  }
}

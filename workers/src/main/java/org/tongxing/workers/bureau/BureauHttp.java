package org.tongxing.workers.bureau;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** What every bureau client shares: its HTTP client, its base URL, how it reports a failure. */
public final class BureauHttp {

  private BureauHttp() {}

  /** A REST client over HTTP/1.1 that gives up after the given timeouts. */
  public static RestClient restClient(
      ObjectProvider<RestClient.Builder> builder, Duration connectTimeout, Duration readTimeout) {
    HttpClient httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
    requestFactory.setReadTimeout(readTimeout);
    return builder.getIfAvailable(RestClient::builder).requestFactory(requestFactory).build();
  }

  /**
   * The configured base URL without trailing slashes, or, when none is configured, the sandbox of
   * this very app at {@code sandboxPath}. Read on every call: {@code local.server.port} exists
   * only once the web server has started.
   */
  public static Supplier<String> baseUrl(
      String configured, Environment environment, String sandboxPath) {
    if (configured != null && !configured.isBlank()) {
      String trimmed = configured.replaceAll("/+$", "");
      return () -> trimmed;
    }
    return () ->
        "http://localhost:"
            + environment.getProperty(
                "local.server.port", environment.getProperty("server.port", "8080"))
            + environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "")
            + sandboxPath;
  }

  public static boolean isJson(ClientHttpResponse response) {
    MediaType contentType = response.getHeaders().getContentType();
    return contentType != null
        && (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(contentType)
            || MediaType.APPLICATION_JSON.isCompatibleWith(contentType));
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
}

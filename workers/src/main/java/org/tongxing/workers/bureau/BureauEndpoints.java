package org.tongxing.workers.bureau;

import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes the {@link BureauJsonClient} of each bureau system from {@code tongxing.bureau.<key>.*}
 * ({@link BureauEndpointProperties}): its base URL (by default this app's sandbox) and its timeouts.
 */
@Component
public class BureauEndpoints {

  private final ObjectProvider<RestClient.Builder> restClientBuilder;
  private final Environment environment;

  public BureauEndpoints(ObjectProvider<RestClient.Builder> restClientBuilder, Environment environment) {
    this.restClientBuilder = restClientBuilder;
    this.environment = environment;
  }

  /**
   * @param key the system's property key, for example {@code dpf-certificates}
   * @param systemName for messages, for example {@code DPF certificate system}
   * @param sandboxPath where the sandbox serves it, for example {@code /sandbox/dpf}
   */
  public BureauJsonClient client(String key, String systemName, String sandboxPath) {
    BureauEndpointProperties properties =
        Binder.get(environment)
            .bindOrCreate("tongxing.bureau." + key, BureauEndpointProperties.class);
    HttpClient httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
    requestFactory.setReadTimeout(properties.readTimeout());
    RestClient restClient =
        restClientBuilder.getIfAvailable(RestClient::builder).requestFactory(requestFactory).build();
    return new BureauJsonClient(systemName, restClient, baseUrl(properties, sandboxPath));
  }

  private Supplier<String> baseUrl(BureauEndpointProperties properties, String sandboxPath) {
    if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
      String configured = properties.baseUrl().replaceAll("/+$", "");
      return () -> configured;
    }
    // the sandbox of this very app: local.server.port exists only once the web server has started
    return () ->
        "http://localhost:"
            + environment.getProperty(
                "local.server.port", environment.getProperty("server.port", "8080"))
            + environment.getProperty("server.servlet.context-path", "").replaceAll("/+$", "")
            + sandboxPath;
  }
}

package org.tongxing.workers.bureau;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Opens {@link BureauConnection}s from configuration: {@code tongxing.bureau.<system>.base-url},
 * {@code .connect-timeout} and {@code .read-timeout}. Without a base URL a connection goes to this
 * app's own bureau sandbox under {@code /sandbox/<sandbox path>}.
 */
@Component
public class BureauConnections {

  private final ObjectProvider<RestClient.Builder> restClientBuilder;
  private final Environment environment;

  public BureauConnections(
      ObjectProvider<RestClient.Builder> restClientBuilder, Environment environment) {
    this.restClientBuilder = restClientBuilder;
    this.environment = environment;
  }

  /**
   * @param system the configuration key and the name in messages, for example {@code health}
   * @param description the system in words for messages, for example {@code the health
   *     commission's licensing system}
   * @param sandboxPath the sandbox's path of the system, for example {@code /sandbox/health}
   */
  public BureauConnection open(String system, String description, String sandboxPath) {
    BureauEndpoint endpoint =
        Binder.get(environment)
            .bind("tongxing.bureau." + system, BureauEndpoint.class)
            .orElseGet(() -> new BureauEndpoint(null, null, null));
    return new BureauConnection(
        BureauRestClients.restClient(
            restClientBuilder, endpoint.connectTimeout(), endpoint.readTimeout()),
        BureauRestClients.baseUrl(endpoint.baseUrl(), environment, sandboxPath),
        description);
  }
}

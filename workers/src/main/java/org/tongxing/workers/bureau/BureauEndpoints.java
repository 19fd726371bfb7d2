package org.tongxing.workers.bureau;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes the {@link BureauJsonClient} of each bureau system from {@code tongxing.bureau.<key>.*}
 * ({@link BureauEndpointProperties}): its base URL (by default this app's sandbox) and its
 * timeouts.
 */
@Component
public class BureauEndpoints {

  private final ObjectProvider<RestClient.Builder> restClientBuilder;
  private final Environment environment;

  public BureauEndpoints(
      ObjectProvider<RestClient.Builder> restClientBuilder, Environment environment) {
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
    return new BureauJsonClient(
        systemName,
        BureauRestClients.restClient(
            restClientBuilder, properties.connectTimeout(), properties.readTimeout()),
        BureauRestClients.baseUrl(properties.baseUrl(), environment, sandboxPath));
  }
}

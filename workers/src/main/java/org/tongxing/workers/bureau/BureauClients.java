package org.tongxing.workers.bureau;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Opens the {@link BureauClient} of a {@link BureauSystem} from its configuration, {@code
 * tongxing.bureau.<key>.base-url}, {@code .connect-timeout} and {@code .read-timeout}. Without a
 * base URL the client calls this app's own bureau sandbox.
 */
@Component
public class BureauClients {

  private final ObjectProvider<RestClient.Builder> restClientBuilder;
  private final Environment environment;

  public BureauClients(
      ObjectProvider<RestClient.Builder> restClientBuilder, Environment environment) {
    this.restClientBuilder = restClientBuilder;
    this.environment = environment;
  }

  public BureauClient open(BureauSystem system) {
    // the Binder converts "5s" and "1m" as @ConfigurationProperties do
    Binder binder = Binder.get(environment);
    String prefix = "tongxing.bureau." + system.key();
    String baseUrl = binder.bind(prefix + ".base-url", String.class).orElse(null);
    Duration connectTimeout =
        binder
            .bind(prefix + ".connect-timeout", Duration.class)
            .orElse(BureauSystem.DEFAULT_CONNECT_TIMEOUT);
    Duration readTimeout =
        binder.bind(prefix + ".read-timeout", Duration.class).orElse(system.readTimeout());
    return new BureauClient(
        system.name(),
        BureauRestClients.restClient(restClientBuilder, connectTimeout, readTimeout),
        BureauRestClients.baseUrl(baseUrl, environment, system.sandboxPath()));
  }
}

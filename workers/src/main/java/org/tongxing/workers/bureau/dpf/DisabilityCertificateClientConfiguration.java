package org.tongxing.workers.bureau.dpf;

import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Creates the {@link DisabilityCertificateClient} from {@code tongxing.bureau.dpf-certificates.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisabilityCertificateClientProperties.class)
public class DisabilityCertificateClientConfiguration {

  static final String SANDBOX_PATH = "/sandbox/dpf";

  @Bean
  DisabilityCertificateClient disabilityCertificateClient(
      ObjectProvider<RestClient.Builder> restClientBuilder,
      DisabilityCertificateClientProperties properties,
      Environment environment) {
    HttpClient httpClient =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
    requestFactory.setReadTimeout(properties.readTimeout());
    RestClient restClient =
        restClientBuilder
            .getIfAvailable(RestClient::builder)
            .requestFactory(requestFactory)
            .build();
    return new DisabilityCertificateClient(restClient, baseUrl(properties, environment));
  }

  private static Supplier<String> baseUrl(
      DisabilityCertificateClientProperties properties, Environment environment) {
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
            + SANDBOX_PATH;
  }
}

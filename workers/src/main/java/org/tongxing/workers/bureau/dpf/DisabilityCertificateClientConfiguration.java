package org.tongxing.workers.bureau.dpf;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauRestClients;

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
    return new DisabilityCertificateClient(
        BureauRestClients.restClient(
            restClientBuilder, properties.connectTimeout(), properties.readTimeout()),
        BureauRestClients.baseUrl(properties.baseUrl(), environment, SANDBOX_PATH));
  }
}

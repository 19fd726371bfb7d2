package org.tongxing.workers.bureau.justice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauRestClients;

/** Creates the {@link LegalAidClient} from {@code tongxing.bureau.justice-legal-aid.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegalAidClientProperties.class)
public class LegalAidClientConfiguration {

  static final String SANDBOX_PATH = "/sandbox/justice";

  @Bean
  LegalAidClient legalAidClient(
      ObjectProvider<RestClient.Builder> restClientBuilder,
      LegalAidClientProperties properties,
      Environment environment) {
    return new LegalAidClient(
        BureauRestClients.restClient(
            restClientBuilder, properties.connectTimeout(), properties.readTimeout()),
        BureauRestClients.baseUrl(properties.baseUrl(), environment, SANDBOX_PATH));
  }
}

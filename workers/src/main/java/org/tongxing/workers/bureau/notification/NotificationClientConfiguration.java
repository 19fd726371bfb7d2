package org.tongxing.workers.bureau.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauRestClients;

/** Creates the {@link NotificationClient} from {@code tongxing.bureau.notifications.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationClientProperties.class)
public class NotificationClientConfiguration {

  static final String SANDBOX_PATH = "/sandbox/notifications";

  @Bean
  NotificationClient notificationClient(
      ObjectProvider<RestClient.Builder> restClientBuilder,
      NotificationClientProperties properties,
      Environment environment) {
    return new NotificationClient(
        BureauRestClients.restClient(
            restClientBuilder, properties.connectTimeout(), properties.readTimeout()),
        BureauRestClients.baseUrl(properties.baseUrl(), environment, SANDBOX_PATH));
  }
}

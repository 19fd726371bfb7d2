package org.tongxing.workers.bureau.finance;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import org.tongxing.workers.bureau.BureauRestClients;

/** Creates the {@link FinancePaymentClient} from {@code tongxing.bureau.finance-payments.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FinancePaymentClientProperties.class)
public class FinancePaymentClientConfiguration {

  static final String SANDBOX_PATH = "/sandbox/finance";

  @Bean
  FinancePaymentClient financePaymentClient(
      ObjectProvider<RestClient.Builder> restClientBuilder,
      FinancePaymentClientProperties properties,
      Environment environment) {
    return new FinancePaymentClient(
        BureauRestClients.restClient(
            restClientBuilder, properties.connectTimeout(), properties.readTimeout()),
        BureauRestClients.baseUrl(properties.baseUrl(), environment, SANDBOX_PATH));
  }
}

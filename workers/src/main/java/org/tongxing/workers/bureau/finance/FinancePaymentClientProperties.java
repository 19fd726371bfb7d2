package org.tongxing.workers.bureau.finance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how patiently to call the treasury payment system ({@code
 * tongxing.bureau.finance-payments.*}).
 *
 * @param baseUrl base URL of the system, for example {@code https://czj.example.gov.cn/gkzf/api};
 *     when empty, the bureau sandbox of this app: {@code http://localhost:<local port><context
 *     path>/sandbox/finance}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer; after a timeout the payment may have been
 *     made, and the retried job asks again under the same paymentId
 */
@ConfigurationProperties("tongxing.bureau.finance-payments")
public record FinancePaymentClientProperties(
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout) {}

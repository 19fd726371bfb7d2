package org.tongxing.workers.bureau.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how patiently to call the notification service ({@code
 * tongxing.bureau.notifications.*}).
 *
 * @param baseUrl base URL of the service, for example {@code https://notify.example.gov.cn/api};
 *     when empty, the bureau sandbox of this app: {@code http://localhost:<local port><context
 *     path>/sandbox/notifications}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("tongxing.bureau.notifications")
public record NotificationClientProperties(
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {}

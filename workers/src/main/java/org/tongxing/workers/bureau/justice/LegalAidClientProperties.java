package org.tongxing.workers.bureau.justice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how patiently to call the Justice Bureau's legal aid system ({@code
 * tongxing.bureau.justice-legal-aid.*}).
 *
 * @param baseUrl base URL of the system; when empty, the bureau sandbox of this app: {@code
 *     http://localhost:<local port><context path>/sandbox/justice}
 */
@ConfigurationProperties("tongxing.bureau.justice-legal-aid")
public record LegalAidClientProperties(
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {}

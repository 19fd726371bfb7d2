package org.tongxing.workers.bureau.dpf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how patiently to call the DPF certificate system ({@code
 * tongxing.bureau.dpf-certificates.*}).
 *
 * @param baseUrl base URL of the system, for example {@code https://dpf.example.gov.cn/api}; when
 *     empty, the bureau sandbox of this app: {@code http://localhost:<local port><context
 *     path>/sandbox/dpf}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("tongxing.bureau.dpf-certificates")
public record DisabilityCertificateClientProperties(
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {}

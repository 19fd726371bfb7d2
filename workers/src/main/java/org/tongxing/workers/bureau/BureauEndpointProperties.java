package org.tongxing.workers.bureau;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how patiently to call one bureau system ({@code tongxing.bureau.<system>.*}).
 *
 * @param baseUrl base URL of the system, for example {@code https://dpf.example.gov.cn/api}; when
 *     empty, the bureau sandbox of this app: {@code http://localhost:<local port><context
 *     path>/sandbox/<system path>}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
public record BureauEndpointProperties(
    String baseUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {}

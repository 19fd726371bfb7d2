package org.tongxing.workers.bureau;

import java.time.Duration;

/**
 * Where and how patiently to call one bureau system ({@code tongxing.bureau.<system>.*}).
 *
 * @param baseUrl base URL of the system, for example {@code https://health.example.gov.cn/api};
 *     when empty, the bureau sandbox of this app
 * @param connectTimeout how long to wait for a connection; 2 s when not set
 * @param readTimeout how long to wait for an answer; 5 s when not set
 */
public record BureauEndpoint(String baseUrl, Duration connectTimeout, Duration readTimeout) {

  public BureauEndpoint {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
  }
}

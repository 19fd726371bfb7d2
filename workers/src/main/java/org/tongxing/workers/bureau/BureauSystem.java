package org.tongxing.workers.bureau;

import java.time.Duration;

/**
 * One bureau system a client calls, configured by {@code tongxing.bureau.<key>.base-url}, {@code
 * .connect-timeout} (2 s when not set) and {@code .read-timeout} ({@code readTimeout} when not
 * set).
 *
 * @param key the configuration key, for example {@code dpf-certificates}
 * @param name the system in words for messages, for example {@code DPF certificate system}
 * @param sandboxPath where this app's bureau sandbox serves it when no base URL is configured, for
 *     example {@code /sandbox/dpf}
 * @param readTimeout how long to wait for an answer unless configured otherwise
 */
public record BureauSystem(String key, String name, String sandboxPath, Duration readTimeout) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);

  /** A system answering within {@link #DEFAULT_READ_TIMEOUT} unless configured otherwise. */
  public BureauSystem(String key, String name, String sandboxPath) {
    this(key, name, sandboxPath, DEFAULT_READ_TIMEOUT);
  }
}

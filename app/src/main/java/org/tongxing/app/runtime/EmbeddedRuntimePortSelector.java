package org.tongxing.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the embedded runtime the Camunda client talks to this app's own port, so the port must be
 * known before the client is built. When {@code server.port} is 0 (tests), a free port is chosen
 * here, once, and both the server and the client use it.
 */
public class EmbeddedRuntimePortSelector implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    boolean embedded = "embedded".equals(environment.getProperty("tongxing.runtime", "embedded"));
    if (!embedded || !"0".equals(environment.getProperty("server.port"))) {
      return;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource("tongxing-embedded-port", Map.of("server.port", freePort())));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a free local port for the embedded runtime", e);
    }
  }
}

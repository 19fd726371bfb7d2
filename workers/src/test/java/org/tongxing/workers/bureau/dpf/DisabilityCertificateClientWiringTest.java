package org.tongxing.workers.bureau.dpf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.tongxing.workers.bureau.BureauClients;
import org.tongxing.workers.bureau.BureauUnavailableException;

/** The client as the app wires it: properties, base URL, timeouts, over real HTTP. */
class DisabilityCertificateClientWiringTest {

  private static final String NUMBER = "33030219780415211242";

  private final ApplicationContextRunner contextRunner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class,
                  RestClientAutoConfiguration.class))
          .withUserConfiguration(BureauClients.class, DisabilityCertificateClient.class);

  private HttpServer server;
  private final CountDownLatch releaseSlowAnswers = new CountDownLatch(1);

  @AfterEach
  void stopServer() {
    releaseSlowAnswers.countDown();
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void shouldDefaultToTheSandboxOfThisApp() {
    // given the web server has started on port 43210
    contextRunner
        .withPropertyValues("local.server.port=43210", "server.servlet.context-path=/tongxing/")
        // when
        .run(
            context -> {
              // then
              assertThat(context.getBean(DisabilityCertificateClient.class).baseUrl())
                  .isEqualTo("http://localhost:43210/tongxing/sandbox/dpf");
            });
  }

  @Test
  void shouldUseTheConfiguredBaseUrl() {
    // given
    contextRunner
        .withPropertyValues(
            "tongxing.bureau.dpf-certificates.base-url=https://dpf.example.gov.cn/api/")
        // when
        .run(
            context -> {
              // then
              assertThat(context.getBean(DisabilityCertificateClient.class).baseUrl())
                  .isEqualTo("https://dpf.example.gov.cn/api");
            });
  }

  @Test
  void shouldReadACertificateOverHttp() throws IOException {
    // given
    startServer(
        exchange -> {
          byte[] body =
              CertificateResponses.certificate(NUMBER, "陈建国", "physical", 2, "VALID")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });

    contextRunner
        .withPropertyValues("tongxing.bureau.dpf-certificates.base-url=" + serverUrl())
        // when
        .run(
            context -> {
              var found =
                  context.getBean(DisabilityCertificateClient.class).findCertificate(NUMBER);

              // then
              assertThat(found)
                  .get()
                  .extracting(DisabilityCertificate::holderName)
                  .isEqualTo("陈建国");
            });
  }

  @Test
  void shouldFailWhenTheAnswerTakesLongerThanTheReadTimeout() throws IOException {
    // given a system that answers only when the test ends
    startServer(
        exchange -> {
          try {
            releaseSlowAnswers.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });

    contextRunner
        .withPropertyValues(
            "tongxing.bureau.dpf-certificates.base-url=" + serverUrl(),
            "tongxing.bureau.dpf-certificates.read-timeout=200ms")
        // when / then
        .run(
            context ->
                assertThatThrownBy(
                        () ->
                            context
                                .getBean(DisabilityCertificateClient.class)
                                .findCertificate(NUMBER))
                    .isInstanceOf(BureauUnavailableException.class)
                    .hasMessageContaining("but HttpTimeoutException"));
  }

  @Test
  void shouldFailWhenNoSystemListens() throws IOException {
    // given a port that was free a moment ago
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    contextRunner
        .withPropertyValues(
            "tongxing.bureau.dpf-certificates.base-url=http://127.0.0.1:" + closedPort + "/dpf")
        // when / then
        .run(
            context ->
                assertThatThrownBy(
                        () ->
                            context
                                .getBean(DisabilityCertificateClient.class)
                                .findCertificate(NUMBER))
                    .isInstanceOf(BureauUnavailableException.class)
                    .hasMessageStartingWith(
                        "Expected the DPF certificate system at http://127.0.0.1:%d/dpf to answer"
                            .formatted(closedPort))
                    .hasMessageContaining("but ConnectException"));
  }

  private void startServer(com.sun.net.httpserver.HttpHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/dpf/disability-certificates/", handler);
    server.start();
  }

  private String serverUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/dpf";
  }
}

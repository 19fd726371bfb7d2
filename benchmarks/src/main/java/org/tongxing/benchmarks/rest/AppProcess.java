package org.tongxing.benchmarks.rest;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.JavaProcesses;
import org.tongxing.benchmarks.Settings;

/**
 * The app as it ships ({@code app/target/tongxing.jar}) in its own JVM with the heap of {@code
 * deploy/tongxing.service}, on a free port, with its data in a temporary folder, no start-up
 * deployment and no bureau sandbox: the engine, its REST API, the search projection, the UI and the
 * app's own workers all run, as in production.
 */
final class AppProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(2);

  /** The heap deploy/tongxing.service gives the app in production. */
  static final List<String> PRODUCTION_JVM =
      List.of("-Xms512m", "-Xmx2g", "-XX:+ExitOnOutOfMemoryError");

  /** The app's own API client; the benchmark's clients call /v2 as it. */
  private static final String API_CLIENT = "tongxing-app";

  private final Process process;
  private final Path directory;
  private final URI address;
  private final String apiSecret;

  private AppProcess(Process process, Path directory, URI address, String apiSecret) {
    this.process = process;
    this.directory = directory;
    this.address = address;
    this.apiSecret = apiSecret;
  }

  static AppProcess start(Settings settings) throws IOException, InterruptedException {
    return start(settings, List.of());
  }

  /** Starts the app with more arguments (another search backend, say). */
  static AppProcess start(Settings settings, List<String> arguments)
      throws IOException, InterruptedException {
    Path jar = settings.resolveAppJar();
    Path directory = Files.createTempDirectory("tongxing-bench-app-");
    int port = freePort();
    String apiSecret = UUID.randomUUID().toString();
    List<String> command = new ArrayList<>();
    command.add(JavaProcesses.java());
    command.addAll(PRODUCTION_JVM);
    command.addAll(settings.appJvmOptions());
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--tongxing.data-dir=" + directory.resolve("data"),
            "--tongxing.deploy-on-startup=false",
            "--tongxing.sandbox.enabled=false",
            "--camunda.client.auth.username=" + API_CLIENT,
            "--camunda.client.auth.password=" + apiSecret,
            "--logging.level.root=WARN"));
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("app.log").toFile())
            .start();
    AppProcess app =
        new AppProcess(process, directory, URI.create("http://127.0.0.1:" + port), apiSecret);
    long start = System.nanoTime();
    try {
      app.awaitReady();
      System.out.printf(
          Locale.ROOT,
          "app (pid %d) ready after %.1f s, empty data folder%n",
          process.pid(),
          (System.nanoTime() - start) / 1e9);
    } catch (IOException | InterruptedException | RuntimeException e) {
      app.printLogTail();
      app.close();
      throw e;
    }
    return app;
  }

  private void awaitReady() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest readiness =
        HttpRequest.newBuilder(address.resolve("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Expected the app to start, but it exited with "
                + process.exitValue()
                + "; its log ends above");
      }
      try {
        HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("UP")) {
          return;
        }
      } catch (IOException notYetListening) {
        // the port opens late in the start-up
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Expected the app to be ready within " + STARTUP + ", but it was not; its log ends above");
  }

  /** Prints the end of the app's log to stderr: what the app said before a run failed. */
  void printLogTail() throws IOException {
    List<String> lines = Files.readAllLines(log());
    System.err.println("--- the app's log, last lines ---");
    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
  }

  /** Where the app listens, e.g. {@code http://127.0.0.1:41234}. */
  URI address() {
    return address;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  Path log() {
    return directory.resolve("app.log");
  }

  /** A client as a worker application builds one: REST, no job streaming. */
  CamundaClient newClient(int executionThreads) {
    return CamundaClient.newClientBuilder()
        .restAddress(address)
        .credentialsProvider(
            CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                .username(API_CLIENT)
                .password(apiSecret)
                .build())
        .preferRestOverGrpc(true)
        .defaultJobWorkerStreamEnabled(false)
        .numJobWorkerExecutionThreads(executionThreads)
        .build();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    EngineFixture.deleteRecursively(directory);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

package org.tongxing.benchmarks;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.Resource;

/**
 * The engine in this JVM as an application embeds it: its default configuration, state in an H2
 * file ({@code WRITE_DELAY=0}: a commit is in the file before it is acknowledged), no exporters.
 * {@link #stop()} closes the database too, as the app's shutdown does.
 */
public final class EngineFixture implements AutoCloseable {

  private final Path directory;
  private final boolean deleteOnClose;
  private final JdbcDataSource dataSource = new JdbcDataSource();
  private Engine engine;

  private EngineFixture(Path directory, boolean deleteOnClose) {
    this.directory = directory;
    this.deleteOnClose = deleteOnClose;
    // DB_CLOSE_DELAY=-1: the database stays open between connections, as under the app's
    // connection pool; else H2 closes (and compacts) the file whenever the last one closes
    dataSource.setURL(
        "jdbc:h2:file:" + directory.resolve("engine") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
  }

  /** A fresh engine in a fresh temporary folder, deleted on close. */
  public static EngineFixture startFresh() throws IOException {
    EngineFixture fixture = fresh();
    fixture.start();
    return fixture;
  }

  /** A fresh temporary folder, deleted on close, for an engine not started yet. */
  public static EngineFixture fresh() throws IOException {
    return new EngineFixture(Files.createTempDirectory("tongxing-bench-"), true);
  }

  /** An engine on the files of a folder, which stays when it is closed. */
  public static EngineFixture on(Path directory) {
    return new EngineFixture(directory, false);
  }

  /** Starts the engine: migrates the database and replays the log. */
  public Engine start() {
    return start(configuration -> configuration);
  }

  /** Starts the engine with more than the default configuration (exporters, say). */
  public Engine start(java.util.function.UnaryOperator<EngineConfiguration> configure) {
    EngineConfiguration configuration = EngineConfiguration.of(dataSource);
    String maxExportDelay = System.getProperty(MAX_EXPORT_DELAY);
    if (maxExportDelay != null) {
      configuration =
          configuration.withMaxExportDelay(Duration.ofMillis(Long.parseLong(maxExportDelay)));
    }
    engine = Engine.start(configure.apply(configuration));
    return engine;
  }

  /**
   * A system property: the engine's export flow control delay in ms ({@code 0}: off), to compare
   * with the default (docs/export-flow-control.md).
   */
  public static final String MAX_EXPORT_DELAY = "tongxing.bench.max-export-delay-ms";

  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  public Engine engine() {
    return engine;
  }

  public Path directory() {
    return directory;
  }

  public void deploy(BpmnModelInstance model, String processId) throws Exception {
    byte[] xml = Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
    engine
        .deploy(new EngineCommand.Deploy(List.of(new Resource(processId + ".bpmn", xml))))
        .get(30, TimeUnit.SECONDS);
  }

  /** Closes the engine and keeps the files. */
  public void stop() {
    if (engine != null) {
      engine.close();
      engine = null;
      try (var connection = dataSource.getConnection();
          var statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Expected to close the H2 database, but failed", e);
      }
    }
  }

  @Override
  public void close() throws IOException {
    stop();
    if (deleteOnClose) {
      deleteRecursively(directory);
    }
  }

  public static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}

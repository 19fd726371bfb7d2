package org.tongxing.engine.util;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.DeploymentResult;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.ProcessInstanceCreated;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.record.Record;

/**
 * A fresh engine per test on an H2 file in a temporary folder, with its clock pinned and a
 * recording exporter. Register with {@code @RegisterExtension}.
 */
public final class EngineRule implements BeforeEachCallback, AfterEachCallback {

  public static final long START_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

  private final java.util.function.Function<Path, javax.sql.DataSource> dataSources;
  private Path directory;
  private javax.sql.DataSource dataSource;
  private Engine engine;
  private RecordingExporter exporter;
  private org.tongxing.engine.SnapshotPolicy snapshots = org.tongxing.engine.SnapshotPolicy.DEFAULT;

  /** An engine on an H2 file. */
  public EngineRule() {
    this(
        directory -> {
          JdbcDataSource dataSource = new JdbcDataSource();
          dataSource.setURL("jdbc:h2:file:" + directory.resolve("engine") + ";WRITE_DELAY=0");
          return dataSource;
        });
  }

  /** An engine on the database the function gives for a fresh temporary folder. */
  public EngineRule(java.util.function.Function<Path, javax.sql.DataSource> dataSources) {
    this.dataSources = dataSources;
  }

  /** Snapshots taken by this policy instead of the default one. */
  public EngineRule withSnapshots(org.tongxing.engine.SnapshotPolicy policy) {
    this.snapshots = policy;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    directory = Files.createTempDirectory("tongxing-engine-test");
    start();
    await(engine.execute(new EngineCommand.PinClock(START_TIME)));
  }

  /** Starts (or restarts, on the same files) the engine. */
  public void start() {
    if (dataSource == null) {
      dataSource = dataSources.apply(directory);
    }
    exporter = new RecordingExporter();
    engine =
        Engine.start(
            EngineConfiguration.of(dataSource)
                .withExporter(exporter)
                .withZone(ZoneId.of("Asia/Shanghai"))
                .withSnapshots(snapshots));
  }

  public void restart() {
    engine.close();
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    engine.close();
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  public Engine engine() {
    return engine;
  }

  public DeploymentResult deploy(BpmnModelInstance model) {
    return deploy("process.bpmn", Bpmn.convertToString(model));
  }

  public DeploymentResult deploy(String name, String content) {
    return await(
        engine.deploy(
            new EngineCommand.Deploy(
                List.of(new Resource(name, content.getBytes(StandardCharsets.UTF_8))))));
  }

  public long createInstance(String processId, Map<String, String> variables) {
    ProcessInstanceCreated created =
        await(
            engine.createProcessInstance(
                new EngineCommand.CreateProcessInstance(processId, -1, -1, variables)));
    return created.processInstanceKey();
  }

  public List<ActivatedJob> activateJobs(String type) {
    return await(
        engine.activateJobs(
            new EngineCommand.ActivateJobs(type, "test-worker", 60_000, 10, List.of()), 0));
  }

  public void setClock(long time) {
    await(engine.execute(new EngineCommand.PinClock(time)));
  }

  /** Waits (bounded) until the exporter saw a record matching the filter. */
  public Record awaitRecord(Predicate<Record> filter) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> !exporter.records(filter).isEmpty());
    return exporter.records(filter).get(0);
  }

  public List<Record> records(Predicate<Record> filter) {
    return exporter.records(filter);
  }

  public RecordingExporter exporter() {
    return exporter;
  }

  /** The result of a command, or the rejection it failed with. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("Expected the engine to answer within 10 s", e);
    }
  }
}

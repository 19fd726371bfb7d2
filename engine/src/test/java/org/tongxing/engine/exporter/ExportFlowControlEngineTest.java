package org.tongxing.engine.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.record.Record;

/**
 * The engine slows its writes to an exporter that cannot keep up, so that what it stores stays
 * within the delay; without flow control the same exporter falls seconds behind.
 */
class ExportFlowControlEngineTest {

  private static final int INSTANCES = 10_000;
  private Engine engine;

  /**
   * Stores at most 20,000 records a second (200 a call, 10 ms each); remembers how old the oldest
   * record of its last call was when it came.
   */
  private static final class SlowExporter implements Exporter {
    volatile long lastDelayMillis;

    @Override
    public String id() {
      return "slow";
    }

    @Override
    public int maxRecordsPerExport() {
      return 200;
    }

    @Override
    public void export(List<Record> records) throws InterruptedException {
      lastDelayMillis = System.currentTimeMillis() - records.get(0).timestamp();
      Thread.sleep(10);
    }
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void shouldKeepASlowExporterWithinTheDelayByWritingAtItsRate() throws Exception {
    SlowExporter exporter = new SlowExporter();
    AtomicBoolean limited = run(exporter, Duration.ofMillis(200));

    assertThat(limited).as("the writer was held to the exporter's rate").isTrue();
    // the start's burst (before the exporter's rate is known) is worked off; at the end the
    // exporter is within the delay again, give or take a chunk and the rate's measuring
    assertThat(exporter.lastDelayMillis).isLessThan(1_500);
    // and once the load is over, the writer is let go
    await().atMost(Duration.ofSeconds(10)).until(() -> engine.writeRateLimit().isEmpty());
  }

  @Test
  void shouldLetASlowExporterFallBehindWithoutFlowControl() throws Exception {
    SlowExporter exporter = new SlowExporter();
    AtomicBoolean limited = run(exporter, Duration.ZERO);

    assertThat(limited).isFalse();
    // some 130,000 records written in a second or two, stored in six: the last ones seconds late
    assertThat(exporter.lastDelayMillis).isGreaterThan(3_000);
  }

  /**
   * Starts and ends {@link #INSTANCES} instances, a thousand waiting for their answer at a time;
   * answers whether a limit was seen.
   */
  private AtomicBoolean run(SlowExporter exporter, Duration maxExportDelay) throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    engine =
        Engine.start(
            EngineConfiguration.of(dataSource)
                .withExporter(exporter)
                .withMaxExportDelay(maxExportDelay));
    String xml =
        Bpmn.convertToString(
            Bpmn.createExecutableProcess("flow").startEvent().manualTask().endEvent().done());
    engine
        .deploy(
            new EngineCommand.Deploy(
                List.of(new Resource("flow.bpmn", xml.getBytes(StandardCharsets.UTF_8)))))
        .get(30, TimeUnit.SECONDS);
    AtomicBoolean limited = new AtomicBoolean();
    Thread watcher =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                if (engine.writeRateLimit().isPresent()) {
                  limited.set(true);
                }
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    watcher.start();
    Semaphore inFlight = new Semaphore(1_000);
    List<CompletableFuture<?>> answers = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      inFlight.acquire();
      answers.add(
          engine
              .createProcessInstance(
                  new EngineCommand.CreateProcessInstance("flow", -1, -1, Map.of()))
              .whenComplete((answer, error) -> inFlight.release()));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    await().atMost(Duration.ofMinutes(1)).until(() -> engine.exporterStatus().get(0).lag() == 0);
    watcher.interrupt();
    watcher.join();
    return limited;
  }
}

package org.tongxing.engine.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxing.engine.SchemaMigrations;
import org.tongxing.engine.log.JdbcLogStore;
import org.tongxing.engine.record.ClockIntent;
import org.tongxing.engine.record.ClockRecord;
import org.tongxing.engine.record.Record;

/** An exporter that fails for long never holds more than a bounded queue, and catches up. */
class ExporterDirectorTest {

  private static final int MAX_QUEUED = 50;

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private JdbcLogStore log;
  private ExporterDirector director;
  private final FlakyExporter exporter = new FlakyExporter();
  private long position;

  @BeforeEach
  void start() {
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigrations.ENGINE.migrate(dataSource);
    log = new JdbcLogStore(dataSource);
    director = new ExporterDirector(List.of(exporter), log, dataSource, MAX_QUEUED, null);
    director.start();
  }

  @AfterEach
  void stop() {
    director.close();
    log.close();
  }

  @Test
  void shouldDropTheQueueOfAFailingExporterAndCatchUpFromTheLogWithoutGapsOrDuplicates() {
    // given an exporter that fails
    commit(10);
    await().atMost(Duration.ofSeconds(10)).until(() -> exporter.positions().size() == 10);
    exporter.failing = true;

    // when the engine commits far more than the queue holds
    for (int i = 0; i < 20; i++) {
      commit(10);
    }

    // then the queue was dropped, the status says how far behind it is and why
    var status = director.status().get(0);
    assertThat(status.queueDrops()).isPositive();
    await().atMost(Duration.ofSeconds(10)).until(() -> director.status().get(0).failure() != null);
    assertThat(director.status().get(0).lag()).isEqualTo(200);
    assertThat(director.status().get(0).failure()).contains("Elasticsearch unreachable");
    assertThat(director.status().get(0).failingSince()).isNotNull();

    // when it recovers
    exporter.failing = false;

    // then it has every record once, in order
    await().atMost(Duration.ofSeconds(30)).until(() -> exporter.positions().size() == 210);
    assertThat(exporter.positions())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 210).boxed().toList());
    assertThat(director.status().get(0).lag()).isZero();
    assertThat(director.status().get(0).failure()).isNull();
    assertThat(director.status().get(0).failingSince()).isNull();
  }

  private void commit(int records) {
    List<Record> batch = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      position++;
      batch.add(new Record(position, 0, position, ClockIntent.PINNED, new ClockRecord(0)));
    }
    log.append(batch);
    director.onCommitted(batch);
  }

  private static final class FlakyExporter implements Exporter {
    volatile boolean failing;
    private final List<Long> exported = new ArrayList<>();

    @Override
    public String id() {
      return "flaky";
    }

    @Override
    public synchronized void export(List<Record> records) throws Exception {
      if (failing) {
        throw new java.io.IOException("Elasticsearch unreachable");
      }
      records.forEach(record -> exported.add(record.position()));
    }

    synchronized List<Long> positions() {
      return List.copyOf(exported);
    }
  }
}

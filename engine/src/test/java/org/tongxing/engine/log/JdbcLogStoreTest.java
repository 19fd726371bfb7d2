package org.tongxing.engine.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongxing.engine.record.ClockIntent;
import org.tongxing.engine.record.ClockRecord;
import org.tongxing.engine.record.Record;

/** The log's rows: replay from any position, in order, on a reader thread of its own. */
class JdbcLogStoreTest {

  @TempDir Path directory;
  private JdbcLogStore log;

  @BeforeEach
  void migrate() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + directory.resolve("log"));
    Flyway.configure().dataSource(dataSource).locations("classpath:db/engine/h2").load().migrate();
    log = new JdbcLogStore(dataSource);
  }

  @Test
  void shouldReplayFromAPositionInsideABatch() {
    // given batches of positions 1-3, 4-6, ..., 298-300
    for (long first = 1; first <= 300; first += 3) {
      log.append(batch(first, first + 2));
    }

    // when
    List<Long> replayed = new ArrayList<>();
    log.replay(152, record -> replayed.add(record.position()));

    // then every record from 152 on, in order, and nothing before
    assertThat(replayed)
        .containsExactlyElementsOf(LongStream.rangeClosed(152, 300).boxed().toList());
    assertThat(log.lastPosition()).isEqualTo(300);
  }

  @Test
  void shouldReplayALogLongerThanOneReadInOrder() {
    // given batches over more positions than one query reads
    long last = 2 * JdbcLogStore.POSITIONS_PER_READ + 500;
    for (long first = 1; first < last; first += 250) {
      log.append(batch(first, first + 249));
    }

    // when
    List<Long> replayed = new ArrayList<>();
    log.replay(1_000, record -> replayed.add(record.position()));

    // then every record from there on, once, in order
    assertThat(replayed)
        .containsExactlyElementsOf(LongStream.rangeClosed(1_000, last).boxed().toList());
  }

  @Test
  void shouldReplayOnlyWhatCompactionLeft() {
    // given
    for (long first = 1; first <= 30; first += 3) {
      log.append(batch(first, first + 2));
    }

    // when the batches up to position 14 are deleted (14 is inside batch 13-15: it stays)
    log.deleteUpTo(14);
    List<Long> replayed = new ArrayList<>();
    log.replay(1, record -> replayed.add(record.position()));

    // then
    assertThat(replayed).first().isEqualTo(13L);
    assertThat(replayed).last().isEqualTo(30L);
  }

  @Test
  void shouldStopReadingWhenTheConsumerFails() {
    // given more batches than the reader reads ahead
    for (long first = 1; first <= 3_000; first += 3) {
      log.append(batch(first, first + 2));
    }

    // when / then the consumer's error comes out, and the replay does not hang
    assertThatThrownBy(
            () ->
                log.replay(
                    1,
                    record -> {
                      if (record.position() == 10) {
                        throw new IllegalStateException("cannot apply record 10");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot apply record 10");
  }

  @Test
  void shouldRefuseABatchThatIsNotRecordsNamingWhatIsWrong() {
    // when / then
    assertThatThrownBy(
            () -> new RecordCodec().decode("[{\"p\":1,\"v\":{}}]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UncheckedIOException.class)
        .rootCause()
        .hasMessageStartingWith("Expected the value type (vt) before the value in a log batch")
        .hasMessageContaining("line: 1, column: 1");
  }

  private static List<Record> batch(long first, long last) {
    return LongStream.rangeClosed(first, last)
        .mapToObj(
            position ->
                new Record(
                    position,
                    position * 10,
                    position,
                    ClockIntent.PINNED,
                    new ClockRecord(position)))
        .toList();
  }
}

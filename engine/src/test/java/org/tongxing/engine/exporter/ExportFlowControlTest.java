package org.tongxing.engine.exporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The writer slows to a behind exporter's rate, and only then; the clock is the test's. */
class ExportFlowControlTest {

  private static final long MS = 1_000_000L;

  /** One exporter whose position, work and failure the test sets. */
  private static final class OneExporter implements ExportFlowControl.Exporters {
    long position;
    long records;
    long nanos;
    boolean failing;

    /** Stores records up to {@code to} at {@code rate} records a second. */
    void store(long to, double rate) {
      records += to - position;
      nanos += (long) ((to - position) / rate * 1e9);
      position = to;
    }

    @Override
    public long exportedRecords(int i) {
      return records;
    }

    @Override
    public long exportNanos(int i) {
      return nanos;
    }

    @Override
    public int chunkSize(int i) {
      return 2_000;
    }

    @Override
    public int count() {
      return 1;
    }

    @Override
    public long exportedPosition(int i) {
      return position;
    }

    @Override
    public boolean failing(int i) {
      return failing;
    }
  }

  private final OneExporter exporter = new OneExporter();
  private final ExportFlowControl control = new ExportFlowControl(Duration.ofMillis(500), exporter);
  private long position;

  /** The engine commits {@code records} at {@code now}. */
  private void commit(int records, long now) {
    position += records;
    control.committed(position, records, now);
  }

  /** Time on the simulated clock, ns. */
  private long now;

  /**
   * The writer as the engine's runs it: asks how long to wait, waits (at most 100 ms at once) or
   * commits a batch of 100 records and takes a millisecond for it; the exporter meanwhile stores
   * {@code exportRate} records a second of what was committed. Runs until {@code until}; answers
   * the records committed.
   */
  private long simulate(long until, double exportRate) {
    long committed = 0;
    double exported = exporter.position;
    while (now < until) {
      long pause = control.pauseNanos(now);
      long step;
      if (pause > 0) {
        step = Math.min(pause, 100 * MS);
      } else {
        commit(100, now);
        committed += 100;
        step = MS;
      }
      now += step;
      exported = Math.min(position, exported + exportRate * step / 1e9);
      if ((long) exported > exporter.position) {
        exporter.store((long) exported, exportRate);
      }
    }
    return committed;
  }

  @Test
  void shouldLetTheWriterGoWhileEveryExporterIsWithinTheDelay() {
    // an exporter that stores 200,000 records a second is never more than a batch behind
    assertThat(simulate(5_000 * MS, 200_000)).isCloseTo(500_000, within(5_000L));
    assertThat(control.limit()).isEmpty();
  }

  @Test
  void shouldHoldTheWriterToAQuarterOfTheRateOfAnExporterFarBehind() {
    // given an exporter storing 1,000 records/s, the writer 100,000 a second on its own: after
    // the half second before the delay is exceeded it is some 50 s behind
    simulate(2_000 * MS, 1_000);

    // then the writer is held to a quarter of the exporter's rate, so its backlog shrinks fast
    assertThat(control.limit()).isPresent();
    assertThat(control.limit().getAsDouble()).isCloseTo(250, within(25.0));
    long committed = simulate(now + 10_000 * MS, 1_000);
    assertThat(committed / 10.0).isCloseTo(250, within(25.0));
  }

  @Test
  void shouldHoldTheWriterJustBelowTheRateOfAnExporterJustBehind() {
    // given an exporter storing 90,000 records/s, the writer 100,000 a second on its own
    long committed = simulate(30_000 * MS, 90_000);

    // then the writer goes at most at the exporter's rate, and the exporter stays near the delay
    assertThat(committed / 30.0).isBetween(0.8 * 90_000, 92_000.0);
    assertThat(position - exporter.position).isLessThan(90_000);
  }

  @Test
  void shouldLetTheWriterGoAgainOnceTheExporterCaughtUp() {
    simulate(2_000 * MS, 1_000);
    assertThat(control.limit()).isPresent();

    // when the exporter is fast again, it catches up, and the writer goes at its own pace again
    simulate(6_000 * MS, 1_000_000);
    assertThat(control.limit()).isEmpty();
    assertThat(simulate(now + 1_000 * MS, 1_000_000)).isCloseTo(100_000, within(1_000L));
  }

  @Test
  void shouldNotSlowTheWriterForAFailingExporter() {
    simulate(2_000 * MS, 1_000);
    exporter.failing = true;

    assertThat(simulate(now + 1_000 * MS, 0)).isCloseTo(100_000, within(1_000L));
    assertThat(control.limit()).isEmpty();
  }

  @Test
  void shouldNotSlowTheWriterWhenTurnedOff() {
    ExportFlowControl off = new ExportFlowControl(Duration.ZERO, exporter);
    for (int tick = 0; tick < 50; tick++) {
      position += 1_000;
      off.committed(position, 1_000, tick * 100 * MS);
      assertThat(off.pauseNanos(tick * 100 * MS)).isZero();
    }
    assertThat(off.limit()).isEmpty();
  }

  @Test
  void shouldNotMistakeAnIdleExporterForASlowOne() {
    // given an exporter that had nothing to do for a minute (its rate was never measured busy)
    commit(10, 0);
    exporter.store(position, 1_000_000);
    for (int tick = 1; tick <= 600; tick++) {
      control.pauseNanos(tick * 100 * MS);
    }

    // when a burst arrives and the exporter has not stored it yet 600 ms later
    long burst = 60_000 * MS;
    commit(5_000, burst);

    // then the writer is not held to a rate measured while there was nothing to store
    assertThat(control.pauseNanos(burst + 600 * MS)).isZero();
  }
}

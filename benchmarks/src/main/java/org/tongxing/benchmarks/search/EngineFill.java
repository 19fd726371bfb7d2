package org.tongxing.benchmarks.search;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.EngineCommand;

/**
 * Runs cases through the engine at its full rate, each created and its user task completed (the
 * first ones while the later ones are created), with the search side's exporter beside it: how many
 * records a second the engine wrote, how many the exporter stored, and how far it fell behind. The
 * engine's clock is pinned to each case's day, so the cases start over the days of {@link
 * CityCases}.
 */
final class EngineFill {

  /** Commands outstanding at once, of each kind: enough for the engine's batching. */
  private static final int IN_FLIGHT = 1_000;

  /**
   * What a fill measured.
   *
   * @param records records the engine wrote
   * @param engineRate records a second the engine wrote, from the first command to the last answer
   * @param exportRate records a second the exporter stored, from the first command until it had
   *     them all
   * @param maxLag the most records the exporter was behind, sampled every 100 ms
   * @param behindSeconds how long after the engine's last answer the exporter had them all
   */
  record Result(
      long records, double engineRate, double exportRate, long maxLag, double behindSeconds) {

    /** The most the exporter was behind, in seconds of the engine's writing. */
    double maxLagSeconds() {
      return maxLag / engineRate;
    }
  }

  private EngineFill() {}

  /**
   * Runs {@code count} cases of {@code processId} (a process with one user task whose candidate
   * group is the variable {@code department}); {@code exporterId} is the exporter whose lag is
   * measured, or null for none.
   */
  static Result run(
      Engine engine,
      String exporterId,
      EngineRecords records,
      String processId,
      CityCases cases,
      int count)
      throws Exception {
    long[] maxLag = new long[1];
    Thread lagSampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                engine.exporterStatus().stream()
                    .filter(s -> s.exporterId().equals(exporterId))
                    .forEach(s -> maxLag[0] = Math.max(maxLag[0], s.lag()));
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-export-lag");
    lagSampler.setDaemon(true);
    lagSampler.start();
    LinkedBlockingQueue<Long> createdTasks = records.createdTasks();
    long recordsBefore = committedPosition(engine);
    long started = System.nanoTime();
    InFlight creations = new InFlight(IN_FLIGHT);
    InFlight completions = new InFlight(IN_FLIGHT);
    int completedSoFar = 0;
    long day = -1;
    for (int i = 0; i < count; i++) {
      if (cases.day(i) != day) {
        creations.awaitAll(Duration.ofMinutes(5));
        day = cases.day(i);
        engine.execute(new EngineCommand.PinClock(cases.start(i))).get(1, TimeUnit.MINUTES);
      }
      Map<String, String> variables =
          Map.of(
              "applicationId", "\"" + cases.applicationId(i) + "\"",
              "county", "\"" + cases.county(i) + "\"",
              "department", "\"" + cases.department(i) + "\"");
      creations.submit(
          () ->
              engine.createProcessInstance(
                  new EngineCommand.CreateProcessInstance(processId, -1, -1, variables)),
          c -> {});
      for (Long task = createdTasks.poll(); task != null; task = createdTasks.poll()) {
        completedSoFar++;
        long key = task;
        completions.submit(
            () -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(), "")), c -> {});
      }
    }
    creations.awaitAll(Duration.ofMinutes(30));
    while (completedSoFar < count) {
      Long key = createdTasks.poll(5, TimeUnit.MINUTES);
      if (key == null) {
        throw new IllegalStateException(
            "Expected " + count + " user tasks created, but saw " + completedSoFar);
      }
      completedSoFar++;
      completions.submit(
          () -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(), "")), c -> {});
    }
    completions.awaitAll(Duration.ofMinutes(30));
    long commandsDone = System.nanoTime();
    long written = committedPosition(engine) - recordsBefore;
    awaitExported(engine);
    lagSampler.interrupt();
    lagSampler.join();
    long exported = System.nanoTime();
    return new Result(
        written,
        written / ((commandsDone - started) / 1e9),
        written / ((exported - started) / 1e9),
        maxLag[0],
        (exported - commandsDone) / 1e9);
  }

  /** The position of the last record the engine wrote. */
  private static long committedPosition(Engine engine) {
    return engine.exporterStatus().stream().mapToLong(s -> s.position() + s.lag()).max().orElse(0);
  }

  /** Waits until every exporter has every record the engine wrote. */
  static void awaitExported(Engine engine) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (engine.exporterStatus().stream().allMatch(status -> status.lag() == 0)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException(
        "Expected the search side to catch up within 60 min, but " + engine.exporterStatus());
  }
}

package org.tongxing.benchmarks.memory;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.EngineCommand;

/**
 * The two halves of {@link UserTaskMemoryScenario}, each in its own JVM with the heap the target
 * allows: {@code fill} creates the waiting instances, measures the heap and halts (as kill -9 would
 * end it); {@code restart} starts the engine on the same files in a cold JVM, as after a real
 * restart, and times it until a command is answered; {@code empty} times the same on an empty
 * folder, the part of a restart that does not grow with the log. Each prints its figures on a line
 * starting with {@value #RESULT}.
 */
public final class UserTaskMemoryChild {

  public static final String FLAG = "--memory-child";
  static final String RESULT = "RESULT ";
  static final String PROCESS_ID = "bench-user-task";
  static final String PING_ID = "bench-ping";

  private UserTaskMemoryChild() {}

  /** {@code fill <folder> <instances>}, {@code restart <folder>} or {@code empty <folder>}. */
  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[1]);
    switch (args[0]) {
      case "fill" -> fill(directory, Integer.parseInt(args[2]));
      case "restart" -> restart(directory);
      case "empty" -> startEmpty(directory);
      default ->
          throw new IllegalArgumentException("Expected fill, restart or empty, but got " + args[0]);
    }
    // the engine's threads are daemons, but H2's may not be
    System.exit(0);
  }

  private static void fill(Path directory, int instances) throws Exception {
    EngineFixture fixture = EngineFixture.on(directory);
    Engine engine = fixture.start();
    fixture.deploy(
        Bpmn.createExecutableProcess(PROCESS_ID)
            .startEvent()
            .userTask("Task_Review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .endEvent()
            .done(),
        PROCESS_ID);
    fixture.deploy(Bpmn.createExecutableProcess(PING_ID).startEvent().endEvent().done(), PING_ID);
    long baseline = usedHeapAfterGc();

    InFlight inFlight = new InFlight(2_000);
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      // one small business variable, as the policy paths carry an application id
      var create =
          new EngineCommand.CreateProcessInstance(
              PROCESS_ID,
              -1,
              -1,
              Map.of("applicationId", String.format(Locale.ROOT, "\"JY-2026-%06d\"", i)));
      inFlight.submit(() -> engine.createProcessInstance(create), created -> {});
    }
    inFlight.awaitAll(Duration.ofMinutes(10));
    double seconds = (System.nanoTime() - start) / 1e9;
    long filled = usedHeapAfterGc();

    System.out.printf(
        Locale.ROOT,
        RESULT + "heap=%d baseline=%d rate=%.1f%n",
        filled,
        baseline,
        instances / seconds);
    System.out.flush();
    // as kill -9: no clean stop, so no snapshot at the end; the restart replays the log after
    // the last snapshot the engine took on its own
    Runtime.getRuntime().halt(0);
  }

  private static void restart(Path directory) throws Exception {
    EngineFixture fixture = EngineFixture.on(directory);
    long start = System.nanoTime();
    Engine engine = fixture.start();
    double started = (System.nanoTime() - start) / 1e9;
    engine
        .createProcessInstance(new EngineCommand.CreateProcessInstance(PING_ID, -1, -1, Map.of()))
        .get(1, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    long heap = usedHeapAfterGc();
    fixture.stop();

    System.out.printf(
        Locale.ROOT, RESULT + "restart=%.3f started=%.3f heap=%d%n", seconds, started, heap);
  }

  /**
   * The part of a restart that does not grow with the log: a cold JVM starts an engine on an empty
   * folder (migrations, H2, FEEL), deploys and answers a first creation.
   */
  private static void startEmpty(Path directory) throws Exception {
    EngineFixture fixture = EngineFixture.on(directory);
    long start = System.nanoTime();
    Engine engine = fixture.start();
    fixture.deploy(Bpmn.createExecutableProcess(PING_ID).startEvent().endEvent().done(), PING_ID);
    engine
        .createProcessInstance(new EngineCommand.CreateProcessInstance(PING_ID, -1, -1, Map.of()))
        .get(1, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    fixture.stop();

    System.out.printf(Locale.ROOT, RESULT + "restart=%.3f%n", seconds);
  }

  /** Used heap after full collections: what stays reachable. */
  static long usedHeapAfterGc() throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

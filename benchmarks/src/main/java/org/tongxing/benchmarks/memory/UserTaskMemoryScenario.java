package org.tongxing.benchmarks.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.JavaProcesses;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;

/**
 * Issue #3, target 3: instances waiting at a user task fit in 1 GiB of heap, and after a restart
 * the engine answers again within 10 s. Each run uses fresh JVMs with {@code -Xmx1g} (an {@link
 * OutOfMemoryError} ends them and fails the run): one fills an H2 file with waiting instances,
 * reads the heap after full collections and halts as if killed; the next restarts the engine on
 * that file (the latest snapshot the engine took on its own, plus the log after it) and times it
 * from {@code Engine.start} until a new instance's creation is answered, then stops cleanly (a
 * snapshot of everything); a third restarts from that. Another times the same on an empty folder:
 * the part of a restart that does not grow with the log.
 */
public final class UserTaskMemoryScenario implements Scenario {

  public static final String NAME = "user-task-memory";
  static final String HEAP = "heap MiB, waiting";
  static final String RESTART = "restart s";
  static final String RESTART_CRASHED = "restart s, after kill -9";
  static final String RESTART_EMPTY = "restart s, empty engine";
  static final String PER_INSTANCE = "heap bytes/instance";
  static final String HEAP_RESTARTED = "heap MiB, restarted";
  static final String CREATED = "instances created/s";
  private static final List<String> JVM = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");

  private final int instances;

  public UserTaskMemoryScenario(Settings settings) {
    this.instances = settings.scaled(100_000);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "in process, H2 file, child JVMs with "
        + String.join(" ", JVM)
        + ": "
        + instances
        + " instances waiting at a user task, the JVM halted as by kill -9; then a restart in a cold"
        + " JVM, a clean stop and another restart";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        Metric.atMost(HEAP, 1024),
        Metric.atMost(RESTART_CRASHED, 10),
        Metric.atMost(RESTART, 10),
        Metric.info(RESTART_EMPTY),
        Metric.info(PER_INSTANCE),
        Metric.info(HEAP_RESTARTED),
        Metric.info(CREATED));
  }

  @Override
  public int warmupRuns(Settings settings) {
    return 0; // every run is fresh JVMs: there is nothing to warm up
  }

  @Override
  public Map<String, Double> run() throws Exception {
    Path directory = Files.createTempDirectory("tongxing-bench-memory-");
    Path empty = Files.createTempDirectory("tongxing-bench-empty-");
    try {
      Map<String, Double> filled =
          child(List.of("fill", directory.toString(), String.valueOf(instances)));
      // the fill ends as if killed; the first restart recovers from that and stops cleanly
      Map<String, Double> recovered = child(List.of("restart", directory.toString()));
      Map<String, Double> restarted = child(List.of("restart", directory.toString()));
      Map<String, Double> emptyStarted = child(List.of("empty", empty.toString()));
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put(HEAP, filled.get("heap") / (1 << 20));
      figures.put(RESTART_CRASHED, recovered.get("restart"));
      figures.put(RESTART, restarted.get("restart"));
      figures.put(RESTART_EMPTY, emptyStarted.get("restart"));
      figures.put(PER_INSTANCE, (filled.get("heap") - filled.get("baseline")) / instances);
      figures.put(HEAP_RESTARTED, restarted.get("heap") / (1 << 20));
      figures.put(CREATED, filled.get("rate"));
      return figures;
    } finally {
      EngineFixture.deleteRecursively(directory);
      EngineFixture.deleteRecursively(empty);
    }
  }

  private static Map<String, Double> child(List<String> args)
      throws IOException, InterruptedException {
    List<String> childArgs = new ArrayList<>();
    childArgs.add(UserTaskMemoryChild.FLAG);
    childArgs.addAll(args);
    Process process =
        new ProcessBuilder(JavaProcesses.self(JVM, childArgs)).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      reader.lines().forEach(output::add);
    }
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "Expected the "
              + args.get(0)
              + " JVM ("
              + JVM
              + ") to succeed, but it ended with "
              + (process.isAlive() ? "a timeout" : "exit code " + process.exitValue())
              + ":\n  "
              + String.join("\n  ", tail(output)));
    }
    Map<String, Double> figures = new HashMap<>();
    output.stream()
        .filter(line -> line.startsWith(UserTaskMemoryChild.RESULT))
        .findFirst()
        .ifPresent(
            line -> {
              for (String pair : line.substring(UserTaskMemoryChild.RESULT.length()).split(" ")) {
                String[] keyValue = pair.split("=", 2);
                figures.put(keyValue[0], Double.parseDouble(keyValue[1]));
              }
            });
    if (figures.isEmpty()) {
      throw new IllegalStateException(
          "Expected the "
              + args.get(0)
              + " JVM to print its"
              + " figures, but it did not:\n  "
              + String.join("\n  ", tail(output)));
    }
    return figures;
  }

  private static List<String> tail(List<String> lines) {
    return lines.subList(Math.max(0, lines.size() - 30), lines.size());
  }
}

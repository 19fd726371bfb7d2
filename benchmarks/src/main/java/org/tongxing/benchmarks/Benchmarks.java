package org.tongxing.benchmarks;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tongxing.benchmarks.engine.ServiceTaskScenario;
import org.tongxing.benchmarks.engine.StartToEndScenario;
import org.tongxing.benchmarks.memory.UserTaskMemoryChild;
import org.tongxing.benchmarks.memory.UserTaskMemoryScenario;
import org.tongxing.benchmarks.rest.JobActivationLatencyScenario;
import org.tongxing.benchmarks.rest.JobWorkerThroughputScenario;
import org.tongxing.benchmarks.rest.SearchVisibilityScenario;
import org.tongxing.benchmarks.rest.TasklistQueueScenario;
import org.tongxing.benchmarks.search.ExportRateScenario;
import org.tongxing.benchmarks.search.SearchScaleScenario;

/**
 * The benchmark command of issues #3 and #4: runs every scenario (or those named) several times and
 * prints the median of each figure next to its target. Exits with 1 when a target is missed.
 */
public final class Benchmarks {

  /** Every scenario, in the order they run. */
  static final Map<String, Function<Settings, Scenario>> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put(StartToEndScenario.NAME, StartToEndScenario::new);
    SCENARIOS.put(ServiceTaskScenario.NAME, ServiceTaskScenario::new);
    SCENARIOS.put(JobWorkerThroughputScenario.NAME, JobWorkerThroughputScenario::new);
    SCENARIOS.put(JobActivationLatencyScenario.NAME, JobActivationLatencyScenario::appPoll);
    SCENARIOS.put(
        JobActivationLatencyScenario.DEFAULT_POLL_NAME, JobActivationLatencyScenario::defaultPoll);
    SCENARIOS.put(UserTaskMemoryScenario.NAME, UserTaskMemoryScenario::new);
    SCENARIOS.put(SearchVisibilityScenario.NAME, SearchVisibilityScenario::onDatabase);
    SCENARIOS.put(SearchScaleScenario.NAME, SearchScaleScenario::onDatabase);
    SCENARIOS.put(ExportRateScenario.NAME, ExportRateScenario::onDatabase);
    SCENARIOS.put(
        SearchVisibilityScenario.ELASTICSEARCH_NAME, SearchVisibilityScenario::onElasticsearch);
    SCENARIOS.put(SearchScaleScenario.ELASTICSEARCH_NAME, SearchScaleScenario::onElasticsearch);
    SCENARIOS.put(ExportRateScenario.ELASTICSEARCH_NAME, ExportRateScenario::onElasticsearch);
    SCENARIOS.put(TasklistQueueScenario.NAME, TasklistQueueScenario::new);
  }

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(UserTaskMemoryChild.FLAG)) {
      UserTaskMemoryChild.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (Arrays.asList(args).contains("--list") || Arrays.asList(args).contains("--help")) {
      System.out.println(Settings.USAGE);
      System.out.println("scenarios:");
      SCENARIOS.forEach(
          (name, scenario) ->
              System.out.printf(
                  "  %-27s %s%n",
                  name, scenario.apply(Settings.parse(new String[0])).description()));
      return;
    }
    Settings settings = Settings.parse(args);
    List<String> unknown =
        settings.scenarios().stream().filter(name -> !SCENARIOS.containsKey(name)).toList();
    if (!unknown.isEmpty()) {
      System.err.println(
          "Expected scenario names of " + SCENARIOS.keySet() + ", but got " + unknown);
      System.exit(2);
    }
    Report report = run(settings, System.out);
    System.exit(report.allMet() ? 0 : 1);
  }

  /** Runs the scenarios the settings name (all when none) and prints the table. */
  public static Report run(Settings settings, PrintStream out) {
    // the Elasticsearch scenarios need a cluster: all of them are run only with its address
    List<String> names =
        settings.scenarios().isEmpty()
            ? SCENARIOS.keySet().stream()
                .filter(name -> settings.elasticsearch() != null || !name.endsWith("-es"))
                .toList()
            : settings.scenarios();
    out.printf(
        "Tongxing benchmarks, %s: %s; %d measured runs per scenario after %d warm-up"
            + " run(s) (3x that for the app's scenarios, none for the memory one), scale %s%n",
        LocalDateTime.now().withNano(0),
        Machine.describe(),
        settings.runs(),
        settings.warmups(),
        settings.scale());
    Report report = new Report();
    for (String name : names) {
      Scenario scenario = SCENARIOS.get(name).apply(settings);
      Report.Entry entry = report.begin(scenario);
      out.printf("%n[%s] %s%n", name, scenario.description());
      try (scenario) {
        scenario.setUp();
        int warmups = scenario.warmupRuns(settings);
        for (int i = 1; i <= warmups; i++) {
          runOnce(scenario, entry, "warm-up " + i + "/" + warmups, out);
        }
        for (int i = 1; i <= settings.runs(); i++) {
          runOnce(scenario, entry, "run " + i + "/" + settings.runs(), out).ifPresent(entry::add);
        }
      } catch (Exception | OutOfMemoryError e) {
        entry.fail(describe(e));
        out.printf("[%s] failed: %s%n", name, describe(e));
        e.printStackTrace(out);
      }
    }
    out.println();
    report.print(out);
    return report;
  }

  /**
   * One run, printed with how busy the CPUs were and how much of that was the benchmark. A run that
   * fails is counted against the scenario and the next run goes ahead: a failure in one of five
   * runs (a timeout, an OutOfMemoryError of a child JVM) is itself a finding.
   */
  private static Optional<Map<String, Double>> runOnce(
      Scenario scenario, Report.Entry entry, String label, PrintStream out) {
    Machine.Sample before = Machine.sample(scenario.helpers());
    try {
      Map<String, Double> run = scenario.run();
      out.printf(
          "[%s] %s: %s (%s)%n",
          scenario.name(),
          label,
          format(run),
          Machine.usage(before, Machine.sample(scenario.helpers())));
      return Optional.of(run);
    } catch (Exception | OutOfMemoryError e) {
      entry.failRun(describe(e));
      out.printf("[%s] %s failed: %s%n", scenario.name(), label, describe(e));
      e.printStackTrace(out);
      return Optional.empty();
    }
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" <- ")
          .append(cause.getClass().getSimpleName())
          .append(": ")
          .append(cause.getMessage());
    }
    return text.toString().replace('\n', ' ');
  }

  private static String format(Map<String, Double> run) {
    StringBuilder text = new StringBuilder();
    run.forEach(
        (name, value) ->
            text.append(text.isEmpty() ? "" : ", ")
                .append(name)
                .append(' ')
                .append(Report.number(value)));
    return text.toString();
  }
}

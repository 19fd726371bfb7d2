package org.tongxing.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One benchmark scenario. The harness calls {@link #setUp()} once, {@link #run()} for the warm-up
 * runs (discarded) and then for the measured runs, and {@link #close()} at the end.
 */
public interface Scenario extends AutoCloseable {

  String name();

  /** One line: what a run does. */
  String description();

  /** The figures each run reports, in the order they are printed. */
  List<Metric> metrics();

  /** Runs whose figures are discarded: the JIT compiles the hot paths during them. */
  default int warmupRuns(Settings settings) {
    return settings.warmups();
  }

  default void setUp() throws Exception {}

  /** Processes of the scenario that run beside this JVM (the app): their CPU time is ours. */
  default List<ProcessHandle> helpers() {
    return List.of();
  }

  /** One run; answers a value for every metric, by metric name. */
  Map<String, Double> run() throws Exception;

  @Override
  default void close() throws Exception {}
}

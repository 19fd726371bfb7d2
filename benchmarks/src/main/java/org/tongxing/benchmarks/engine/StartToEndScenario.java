package org.tongxing.benchmarks.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.benchmarks.Machine;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;
import org.tongxing.engine.api.EngineCommand;

/**
 * Issue #3, target 1a: process instances of start → end per second, in process, on an H2 file. A
 * run starts a fresh engine, then creates instances with many commands in flight; an instance is
 * done when its creation is answered (the unit runs to the end event before the answer).
 */
public final class StartToEndScenario implements Scenario {

  public static final String NAME = "start-end";
  static final String RATE = "instances/s";
  static final String PER_CPU = "instances/CPU-s";
  private static final String PROCESS_ID = "bench-start-end";
  private static final int IN_FLIGHT = 2_000;

  private final int instances;

  public StartToEndScenario(Settings settings) {
    this.instances = settings.scaled(50_000);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "in process, H2 file: "
        + instances
        + " instances of start -> end, "
        + IN_FLIGHT
        + " creations in flight";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(Metric.atLeast(RATE, 10_000), Metric.info(PER_CPU));
  }

  @Override
  public Map<String, Double> run() throws Exception {
    try (EngineFixture fixture = EngineFixture.startFresh()) {
      fixture.deploy(
          Bpmn.createExecutableProcess(PROCESS_ID).startEvent().endEvent().done(), PROCESS_ID);
      var create = new EngineCommand.CreateProcessInstance(PROCESS_ID, -1, -1, Map.of());
      InFlight inFlight = new InFlight(IN_FLIGHT);
      long cpu = Machine.processCpuNanos();
      long start = System.nanoTime();
      for (int i = 0; i < instances; i++) {
        inFlight.submit(() -> fixture.engine().createProcessInstance(create), created -> {});
      }
      inFlight.awaitAll(Duration.ofMinutes(5));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (Machine.processCpuNanos() - cpu) / 1e9;
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put(RATE, instances / seconds);
      figures.put(PER_CPU, instances / cpuSeconds);
      return figures;
    }
  }
}

package org.tongxing.benchmarks.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.benchmarks.Machine;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;

/**
 * Issue #3, target 1b: instances of start → service task → end per second, in process, on an H2
 * file, the job activated and completed through the Engine API. Creation and work overlap, as in a
 * running system: one thread creates instances, {@value #ACTIVATORS} threads activate jobs (long
 * polling) and complete each one asynchronously. An instance is done when its job's completion is
 * answered (the unit runs to the end event before the answer).
 */
public final class ServiceTaskScenario implements Scenario {

  public static final String NAME = "service-task";
  static final String RATE = "instances/s";
  static final String PER_CPU = "instances/CPU-s";
  private static final String PROCESS_ID = "bench-service-task";
  private static final String JOB_TYPE = "bench-work";
  private static final int IN_FLIGHT = 2_000;
  private static final int ACTIVATORS = 2;
  private static final int JOBS_PER_ACTIVATION = 100;

  /**
   * Long enough that no request times out while its command still waits in the writer's queue: such
   * a request is answered empty although its jobs get activated (the known bug of
   * ActivationRequestTimeoutTest), and the run would then measure the job timeout.
   */
  private static final long LONG_POLL_MS = 5_000;

  private final int instances;

  public ServiceTaskScenario(Settings settings) {
    this.instances = settings.scaled(25_000);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "in process, H2 file: "
        + instances
        + " instances of start -> service task -> end, "
        + ACTIVATORS
        + " activators of "
        + JOBS_PER_ACTIVATION
        + " jobs, completions async";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(Metric.atLeast(RATE, 5_000), Metric.info(PER_CPU));
  }

  @Override
  public Map<String, Double> run() throws Exception {
    ExecutorService activators =
        Executors.newFixedThreadPool(
            ACTIVATORS,
            runnable -> {
              // a request may still be parked when the run ends; it must not keep the JVM alive
              Thread thread = new Thread(runnable, "bench-activator");
              thread.setDaemon(true);
              return thread;
            });
    try (EngineFixture fixture = EngineFixture.startFresh()) {
      Engine engine = fixture.engine();
      fixture.deploy(
          Bpmn.createExecutableProcess(PROCESS_ID)
              .startEvent()
              .serviceTask("Task_Work", t -> t.zeebeJobType(JOB_TYPE))
              .endEvent()
              .done(),
          PROCESS_ID);
      var create = new EngineCommand.CreateProcessInstance(PROCESS_ID, -1, -1, Map.of());
      var activate =
          new EngineCommand.ActivateJobs(
              JOB_TYPE, "bench-worker", 60_000, JOBS_PER_ACTIVATION, List.of());
      InFlight creations = new InFlight(IN_FLIGHT);
      InFlight completions = new InFlight(IN_FLIGHT);
      CountDownLatch done = new CountDownLatch(instances);

      long cpu = Machine.processCpuNanos();
      long start = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < ACTIVATORS; i++) {
        workers.add(
            activators.submit(
                () -> {
                  while (done.getCount() > 0) {
                    List<ActivatedJob> jobs = engine.activateJobs(activate, LONG_POLL_MS).join();
                    for (ActivatedJob job : jobs) {
                      completions.submit(
                          () -> engine.execute(new EngineCommand.CompleteJob(job.key(), Map.of())),
                          completed -> done.countDown());
                    }
                  }
                  return null;
                }));
      }
      for (int i = 0; i < instances; i++) {
        creations.submit(() -> engine.createProcessInstance(create), created -> {});
      }
      creations.awaitAll(Duration.ofMinutes(5));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (!done.await(1, TimeUnit.SECONDS)) {
        for (Future<?> worker : workers) {
          if (worker.isDone()) {
            worker.get(); // an activator stopped early: surface its failure
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Expected "
                  + instances
                  + " jobs to be completed"
                  + " within 5 minutes, but "
                  + done.getCount()
                  + " were not");
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (Machine.processCpuNanos() - cpu) / 1e9;
      completions.awaitAll(Duration.ofMinutes(1));
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put(RATE, instances / seconds);
      figures.put(PER_CPU, instances / cpuSeconds);
      return figures;
    } finally {
      activators.shutdownNow();
    }
  }
}

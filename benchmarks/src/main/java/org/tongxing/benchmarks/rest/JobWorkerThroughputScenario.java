package org.tongxing.benchmarks.rest;

import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.benchmarks.Machine;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Settings;

/**
 * Issue #3, target 2a: jobs completed per second through the real client over REST. The app runs in
 * its own JVM; a run creates a backlog of instances waiting at a service task (their creation rate
 * is reported for context), then opens one job worker, as a worker application would, and times it
 * until every job's completion is answered.
 */
public final class JobWorkerThroughputScenario extends AppScenario {

  public static final String NAME = "rest-job-throughput";
  static final String COMPLETED = "completed jobs/s";
  static final String PER_APP_CPU = "jobs/app CPU-s";
  static final String CREATED = "instances created/s";
  private static final int CREATIONS_IN_FLIGHT = 256;
  private static final int MAX_JOBS_ACTIVE = 256;
  private static final int COMPLETIONS_IN_FLIGHT = 256;

  private final int jobs;
  private int runs;

  public JobWorkerThroughputScenario(Settings settings) {
    super(settings, 2);
    this.jobs = settings.scaled(10_000);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "app in a child JVM, client over REST: "
        + jobs
        + " waiting jobs, one JobWorker"
        + " (maxJobsActive "
        + MAX_JOBS_ACTIVE
        + ", long polling), completions async";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        Metric.atLeast(COMPLETED, 1_000), Metric.info(PER_APP_CPU), Metric.info(CREATED));
  }

  @Override
  protected Map<String, Double> measure() throws Exception {
    // a fresh process and job type per run, so that no run sees another's jobs
    String processId = "bench-rest-throughput-" + (++runs);
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(processId))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();

    InFlight creations = new InFlight(CREATIONS_IN_FLIGHT);
    long createStart = System.nanoTime();
    for (int i = 0; i < jobs; i++) {
      creations.submit(
          () -> client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send(),
          created -> {});
    }
    creations.awaitAll(Duration.ofMinutes(10));
    double createSeconds = (System.nanoTime() - createStart) / 1e9;

    CountDownLatch done = new CountDownLatch(jobs);
    InFlight completions = new InFlight(COMPLETIONS_IN_FLIGHT);
    long appCpu = Machine.processCpuNanos(app.handle());
    long start = System.nanoTime();
    try (JobWorker worker =
        client
            .newWorker()
            .jobType(processId)
            .handler(
                (jobClient, job) ->
                    completions.submit(
                        () -> jobClient.newCompleteCommand(job.getKey()).send(),
                        completed -> done.countDown()))
            .name("bench-worker")
            .maxJobsActive(MAX_JOBS_ACTIVE)
            .timeout(Duration.ofMinutes(5))
            .pollInterval(Duration.ofMillis(100))
            .requestTimeout(Duration.ofSeconds(10))
            .streamEnabled(false)
            .open()) {
      if (!done.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException(
            "Expected "
                + jobs
                + " jobs to be completed within 10"
                + " minutes, but "
                + done.getCount()
                + " were not; see "
                + app.log());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double appCpuSeconds = (Machine.processCpuNanos(app.handle()) - appCpu) / 1e9;
    completions.awaitAll(Duration.ofMinutes(1));

    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put(COMPLETED, jobs / seconds);
    figures.put(PER_APP_CPU, jobs / appCpuSeconds);
    figures.put(CREATED, jobs / createSeconds);
    return figures;
  }
}

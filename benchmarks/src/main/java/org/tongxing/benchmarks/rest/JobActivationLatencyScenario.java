package org.tongxing.benchmarks.rest;

import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongConsumer;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Settings;
import org.tongxing.benchmarks.Stats;

/**
 * Issue #3, target 2b: job activation latency at {@value #RATE} jobs/s through the real client over
 * REST. A job worker (long polling) waits; instances are started at a steady rate, each carrying
 * the time its creation request was sent ({@code System.nanoTime()}, same JVM as the worker); the
 * latency of a job is from that moment to its handler being called. It includes the creation's
 * round trip up to the commit, so it is an upper bound of creation-to-activation.
 *
 * <p>The worker's poll interval matters: when a poll brings one job and the handler is done before
 * the client has counted it, the client's JobWorker schedules its next poll after the poll interval
 * instead of at once, so a job may wait up to one interval for a request to be there. {@value
 * #NAME} uses 10 ms, as the app configures its own workers ({@code
 * camunda.client.worker.defaults.poll-interval}); with long polling a short interval costs nothing,
 * since a poll waits on the server. {@value #DEFAULT_POLL_NAME} uses the client's default of 100 ms
 * and shows the difference; it has no target.
 */
public final class JobActivationLatencyScenario extends AppScenario {

  public static final String NAME = "rest-job-latency";
  public static final String DEFAULT_POLL_NAME = "rest-job-latency-100ms-poll";
  static final int RATE = 100;
  static final String P99 = "p99 ms";
  static final String P50 = "p50 ms";
  static final String MAX = "max ms";
  static final String ACHIEVED = "jobs/s offered";
  static final String CREATE_P50 = "p50 ms, creation round trip";
  static final String CREATE_P99 = "p99 ms, creation round trip";
  private static final String STARTED_AT = "startedAt";

  private final String name;
  private final Duration pollInterval;
  private final boolean targeted;
  private final int jobs;
  private int runs;

  /** With the poll interval the app's own workers use. */
  public static JobActivationLatencyScenario appPoll(Settings settings) {
    return new JobActivationLatencyScenario(settings, NAME, Duration.ofMillis(10), true);
  }

  /** With the client's default poll interval. */
  public static JobActivationLatencyScenario defaultPoll(Settings settings) {
    return new JobActivationLatencyScenario(
        settings, DEFAULT_POLL_NAME, Duration.ofMillis(100), false);
  }

  private JobActivationLatencyScenario(
      Settings settings, String name, Duration pollInterval, boolean targeted) {
    super(settings, 1);
    this.name = name;
    this.pollInterval = pollInterval;
    this.targeted = targeted;
    this.jobs = settings.scaled(RATE * 20);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "app in a child JVM, client over REST: "
        + jobs
        + " instances started at "
        + RATE
        + "/s, one JobWorker (long polling, poll interval "
        + pollInterval.toMillis()
        + " ms); creation request sent -> handler called";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        targeted ? Metric.atMost(P99, 50) : Metric.info(P99),
        Metric.info(P50),
        Metric.info(MAX),
        Metric.info(CREATE_P50),
        Metric.info(CREATE_P99),
        Metric.info(ACHIEVED));
  }

  @Override
  protected Map<String, Double> measure() throws Exception {
    String processId = "bench-rest-latency-" + (++runs);
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

    // one more job than measured: the first only shows that the worker is polling
    AtomicReferenceArray<Long> latencies = new AtomicReferenceArray<>(jobs + 1);
    AtomicInteger received = new AtomicInteger();
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch all = new CountDownLatch(jobs + 1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    double[] roundTrips = new double[jobs];
    CountDownLatch answered = new CountDownLatch(jobs);
    ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
    try (JobWorker worker =
        client
            .newWorker()
            .jobType(processId)
            .handler(
                (jobClient, job) -> {
                  long now = System.nanoTime();
                  long sentAt = Long.parseLong((String) job.getVariable(STARTED_AT));
                  latencies.set(received.getAndIncrement(), now - sentAt);
                  first.countDown();
                  all.countDown();
                  jobClient
                      .newCompleteCommand(job.getKey())
                      .send()
                      .exceptionally(
                          error -> {
                            failure.compareAndSet(null, error);
                            return null;
                          });
                })
            .name("bench-latency-worker")
            .maxJobsActive(32)
            .timeout(Duration.ofMinutes(5))
            .pollInterval(pollInterval)
            .requestTimeout(Duration.ofSeconds(10))
            .fetchVariables(STARTED_AT)
            .streamEnabled(false)
            .open()) {
      start(processId, failure, sentAt -> {});
      if (!first.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "Expected the worker to receive a job within 30 s, but"
                + " it did not; see "
                + app.log());
      }
      AtomicInteger sent = new AtomicInteger();
      CountDownLatch allSent = new CountDownLatch(1);
      long begin = System.nanoTime();
      ScheduledFuture<?> schedule =
          sender.scheduleAtFixedRate(
              () -> {
                int index = sent.getAndIncrement();
                if (index >= jobs) {
                  allSent.countDown();
                  return;
                }
                start(
                    processId,
                    failure,
                    sentAt -> {
                      roundTrips[index] = (System.nanoTime() - sentAt) / 1e6;
                      answered.countDown();
                    });
              },
              0,
              1_000_000 / RATE,
              TimeUnit.MICROSECONDS);
      allSent.await(jobs / RATE * 2L + 60, TimeUnit.SECONDS);
      schedule.cancel(false);
      double offered = jobs / ((System.nanoTime() - begin) / 1e9);
      if (!all.await(60, TimeUnit.SECONDS) || !answered.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "Expected every creation to be answered and every job"
                + " to reach the worker within 60 s, but "
                + answered.getCount()
                + " creations and "
                + all.getCount()
                + " jobs did not; see "
                + app.log());
      }
      if (failure.get() != null) {
        throw new IllegalStateException(
            "Expected every creation and job completion to succeed", failure.get());
      }
      double[] millis = new double[jobs];
      for (int i = 0; i < jobs; i++) {
        millis[i] = latencies.get(i + 1) / 1e6;
      }
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put(P99, Stats.percentile(millis, 99));
      figures.put(P50, Stats.percentile(millis, 50));
      figures.put(MAX, Stats.percentile(millis, 100));
      figures.put(CREATE_P50, Stats.percentile(roundTrips, 50));
      figures.put(CREATE_P99, Stats.percentile(roundTrips, 99));
      figures.put(ACHIEVED, offered);
      return figures;
    } finally {
      sender.shutdownNow();
    }
  }

  /** Starts an instance; {@code answered} gets the send time once the creation is answered. */
  private void start(String processId, AtomicReference<Throwable> failure, LongConsumer answered) {
    long sentAt = System.nanoTime();
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(Map.of(STARTED_AT, String.valueOf(sentAt)))
        .send()
        .whenComplete(
            (created, error) -> {
              if (error != null) {
                failure.compareAndSet(null, error);
              } else {
                answered.accept(sentAt);
              }
            });
  }
}

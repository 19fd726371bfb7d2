package org.tongxing.benchmarks.rest;

import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Settings;
import org.tongxing.benchmarks.Stats;
import org.tongxing.benchmarks.search.ElasticsearchBench;

/**
 * Issue #4, visibility: a record is searchable within 1 s of the command that produced it (p99, at
 * {@value #RATE} commands/s), and the tasklist never shows a completed task as open for longer.
 * Each second {@value #RATE} commands go to the app: half create a case (its user task must appear
 * in the user task search), half complete the task of an earlier case (it must show COMPLETED).
 * Each command's answer starts a clock that stops when a search first shows its effect (searches
 * every {@value #POLL_MS} ms, {@value #ELASTICSEARCH_POLL_MS} ms on Elasticsearch, so the figures
 * are up to that much late: each search there costs the cluster a few milliseconds of CPU, and a
 * hundred waiting checks polling every 10 ms would be most of its load).
 */
public final class SearchVisibilityScenario extends AppScenario {

  public static final String NAME = "search-visibility";
  public static final String ELASTICSEARCH_NAME = "search-visibility-es";
  static final int RATE = 100;
  static final long POLL_MS = 10;
  static final long ELASTICSEARCH_POLL_MS = 50;
  static final String CREATED_P99 = "p99 ms, created task visible";
  static final String COMPLETED_P99 = "p99 ms, completed task visible";
  static final String CREATED_P50 = "p50 ms, created task visible";
  static final String COMPLETED_P50 = "p50 ms, completed task visible";

  private final int commands;
  private final boolean onElasticsearch;
  private int runs;

  private SearchVisibilityScenario(Settings settings, boolean onElasticsearch) {
    super(settings, 4);
    this.commands = settings.scaled(RATE * 20);
    this.onElasticsearch = onElasticsearch;
  }

  public static SearchVisibilityScenario onDatabase(Settings settings) {
    return new SearchVisibilityScenario(settings, false);
  }

  /** The app with Elasticsearch (at {@code --elasticsearch}) as its search backend. */
  public static SearchVisibilityScenario onElasticsearch(Settings settings) {
    return new SearchVisibilityScenario(settings, true);
  }

  /** The app's indices on Elasticsearch, deleted at the end. */
  private final String indexPrefix = "bench-visibility-" + Long.toString(System.nanoTime(), 36);

  @Override
  protected List<String> appArguments() {
    if (!onElasticsearch) {
      return List.of();
    }
    return List.of(
        "--tongxing.search.backend=elasticsearch",
        "--spring.elasticsearch.uris=" + settings.requireElasticsearch(ELASTICSEARCH_NAME),
        "--tongxing.search.elasticsearch.index-prefix=" + indexPrefix);
  }

  @Override
  public void close() throws Exception {
    super.close();
    if (onElasticsearch && settings.elasticsearch() != null) {
      ElasticsearchBench.of(settings.elasticsearch(), indexPrefix).close();
    }
  }

  @Override
  public String name() {
    return onElasticsearch ? ELASTICSEARCH_NAME : NAME;
  }

  @Override
  public String description() {
    return "app in a child JVM, "
        + (onElasticsearch
            ? "Elasticsearch at " + settings.elasticsearch()
            : "default search projection")
        + ": "
        + commands
        + " commands at "
        + RATE
        + "/s (creations and task completions); answer -> visible in the user task search";
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        Metric.atMost(CREATED_P99, 1_000),
        Metric.atMost(COMPLETED_P99, 1_000),
        Metric.info(CREATED_P50),
        Metric.info(COMPLETED_P50));
  }

  @Override
  protected Map<String, Double> measure() throws Exception {
    String processId = "bench-visibility-" + (++runs);
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();

    ConcurrentLinkedQueue<Double> created = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Double> completed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> openTasks = new ConcurrentLinkedQueue<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(commands);
    AtomicInteger sent = new AtomicInteger();
    ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
    ScheduledExecutorService pollers = Executors.newScheduledThreadPool(4);
    try {
      ScheduledFuture<?> schedule =
          sender.scheduleAtFixedRate(
              () -> {
                if (sent.getAndIncrement() >= commands) {
                  return;
                }
                Long task = sent.get() % 2 == 0 ? openTasks.poll() : null;
                CompletableFuture<Long> answered;
                if (task == null) {
                  answered =
                      client
                          .newCreateInstanceCommand()
                          .bpmnProcessId(processId)
                          .latestVersion()
                          .send()
                          .toCompletableFuture()
                          .thenApply(i -> i.getProcessInstanceKey());
                  answered.thenAccept(
                      instanceKey ->
                          awaitVisible(
                              pollers,
                              System.nanoTime(),
                              () ->
                                  client
                                      .newUserTaskSearchRequest()
                                      .filter(f -> f.processInstanceKey(instanceKey))
                                      .send()
                                      .join()
                                      .items(),
                              tasks -> !tasks.isEmpty(),
                              tasks -> openTasks.add(tasks.get(0).getUserTaskKey()),
                              created,
                              done,
                              failure));
                } else {
                  answered =
                      client
                          .newCompleteUserTaskCommand(task)
                          .send()
                          .toCompletableFuture()
                          .thenApply(nothing -> task);
                  answered.thenAccept(
                      taskKey ->
                          awaitVisible(
                              pollers,
                              System.nanoTime(),
                              () ->
                                  client
                                      .newUserTaskSearchRequest()
                                      .filter(f -> f.userTaskKey(taskKey))
                                      .send()
                                      .join()
                                      .items(),
                              tasks ->
                                  !tasks.isEmpty()
                                      && tasks.get(0).getState() == UserTaskState.COMPLETED,
                              tasks -> {},
                              completed,
                              done,
                              failure));
                }
                answered.exceptionally(
                    error -> {
                      failure.compareAndSet(null, error);
                      done.countDown();
                      return null;
                    });
              },
              0,
              1_000_000 / RATE,
              TimeUnit.MICROSECONDS);
      if (!done.await(commands / RATE * 2L + 60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "Expected every command's effect to be visible within"
                + " a minute of the last, but "
                + done.getCount()
                + " were not; see "
                + app.log());
      }
      schedule.cancel(false);
      if (failure.get() != null) {
        throw new IllegalStateException(
            "Expected every command and search to succeed", failure.get());
      }
    } finally {
      sender.shutdownNow();
      pollers.shutdownNow();
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    double[] createdMillis = created.stream().mapToDouble(Double::doubleValue).toArray();
    double[] completedMillis = completed.stream().mapToDouble(Double::doubleValue).toArray();
    figures.put(CREATED_P99, Stats.percentile(createdMillis, 99));
    figures.put(COMPLETED_P99, Stats.percentile(completedMillis, 99));
    figures.put(CREATED_P50, Stats.percentile(createdMillis, 50));
    figures.put(COMPLETED_P50, Stats.percentile(completedMillis, 50));
    return figures;
  }

  /** Searches every so often until the effect shows, then records how long it took. */
  private void awaitVisible(
      ScheduledExecutorService pollers,
      long since,
      Supplier<List<UserTask>> search,
      Predicate<List<UserTask>> visible,
      java.util.function.Consumer<List<UserTask>> then,
      ConcurrentLinkedQueue<Double> latencies,
      CountDownLatch done,
      AtomicReference<Throwable> failure) {
    pollers.execute(
        new Runnable() {
          @Override
          public void run() {
            try {
              List<UserTask> found = search.get();
              if (visible.test(found)) {
                latencies.add((System.nanoTime() - since) / 1e6);
                then.accept(found);
                done.countDown();
              } else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(60)) {
                failure.compareAndSet(
                    null,
                    new IllegalStateException(
                        "Expected a command's effect in the search within 60 s, but it is not"));
                done.countDown();
              } else {
                pollers.schedule(
                    this, onElasticsearch ? ELASTICSEARCH_POLL_MS : POLL_MS, TimeUnit.MILLISECONDS);
              }
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
              done.countDown();
            }
          }
        });
  }
}

package org.tongxing.benchmarks.search;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.InFlight;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;
import org.tongxing.benchmarks.Stats;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.projection.SearchProjection;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.JdbcSearch;
import org.tongxing.search.query.Operator;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.VariableValueFilter;

/**
 * Issue #4, scale on the default projection ({@value #NAME}) or Elasticsearch ({@value
 * #ELASTICSEARCH_NAME}, the cluster at {@code --elasticsearch}): with {@value #COMPLETED} completed and
 * {@value #OPEN} open cases indexed (each case one user task of one of ten departments, in one of
 * twelve counties), filtered searches as the tasklist and monitoring send them answer within
 * 300 ms p95 on the default projection, 100 ms on Elasticsearch. The set-up fills the engine's
 * H2 file and the search side through the engine and its exporter once, and says how far the
 * export fell behind the engine at most; each run then sends {@value #QUERIES} searches of each
 * kind through the search side in process (the REST layer adds a few milliseconds).
 */
public final class SearchScaleScenario implements Scenario {

  public static final String NAME = "search-scale";
  public static final String ELASTICSEARCH_NAME = "search-scale-es";
  static final int COMPLETED = 1_000_000;
  static final int OPEN = 100_000;
  static final int QUERIES = 40;
  static final String P95 = "p95 ms, all searches";
  private static final String PROCESS_ID = "bench-scale-case";
  private static final int DAYS = 730;
  private static final long FIRST_DAY = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
  private static final List<String> DEPARTMENTS = List.of("dpf", "hrss", "civil-affairs",
      "finance", "health", "education", "market-regulation", "tax", "petitions", "justice");
  private static final List<String> COUNTIES = List.of("lucheng", "longwan", "ouhai",
      "dongtou", "ruian", "yueqing", "longgang", "yongjia", "pingyang", "cangnan", "wencheng",
      "taishun");

  private final int completed;
  private final int open;
  private final Settings settings;
  private final boolean onElasticsearch;
  private EngineFixture fixture;
  private SearchBackend search;
  private ElasticsearchBench elasticsearch;
  private long maxLag;
  private double catchUpSeconds;
  private final Random random = new Random(4);
  private long firstStart;
  private long lastStart;
  private double fillRate;

  private SearchScaleScenario(Settings settings, boolean onElasticsearch) {
    this.settings = settings;
    this.completed = settings.scaled(COMPLETED);
    this.open = settings.scaled(OPEN);
    this.onElasticsearch = onElasticsearch;
  }

  public static SearchScaleScenario onDatabase(Settings settings) {
    return new SearchScaleScenario(settings, false);
  }

  public static SearchScaleScenario onElasticsearch(Settings settings) {
    return new SearchScaleScenario(settings, true);
  }

  @Override
  public String name() {
    return onElasticsearch ? ELASTICSEARCH_NAME : NAME;
  }

  @Override
  public String description() {
    return "in process, engine on an H2 file, " + (onElasticsearch
        ? "Elasticsearch at " + settings.elasticsearch() : "default search projection") + ": "
        + completed + " completed and " + open + " open cases, then " + QUERIES
        + " searches of each kind per run";
  }

  @Override
  public List<Metric> metrics() {
    List<Metric> metrics = new ArrayList<>();
    metrics.add(Metric.atMost(P95, onElasticsearch ? 100 : 300));
    queries().keySet().forEach(name -> metrics.add(Metric.info("p95 ms, " + name)));
    metrics.add(Metric.info("fill, cases/s"));
    metrics.add(Metric.info(MAX_LAG));
    metrics.add(Metric.info(CATCH_UP));
    return metrics;
  }

  static final String MAX_LAG = "export lag during fill, max records";
  static final String CATCH_UP = "export behind after fill, s";

  @Override
  public void setUp() throws Exception {
    fixture = EngineFixture.fresh();
    Exporter exporter;
    if (onElasticsearch) {
      elasticsearch = new ElasticsearchBench(settings.requireElasticsearch(ELASTICSEARCH_NAME),
          "bench-scale");
      exporter = elasticsearch.exporter();
      search = elasticsearch.search();
    } else {
      SearchSchema.migrate(fixture.dataSource());
      exporter = new SearchProjection(fixture.dataSource());
      search = new JdbcSearch(fixture.dataSource());
    }
    LinkedBlockingQueue<Long> createdTasks = new LinkedBlockingQueue<>();
    Engine engine = fixture.start(configuration -> configuration
        .withExporter(exporter)
        .withExporter(tasksCreated(createdTasks)));
    Thread lagSampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        engine.exporterStatus().stream().filter(s -> s.exporterId().equals(exporter.id()))
            .forEach(s -> maxLag = Math.max(maxLag, s.lag()));
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-export-lag");
    lagSampler.setDaemon(true);
    lagSampler.start();
    fixture.deploy(Bpmn.createExecutableProcess(PROCESS_ID).startEvent()
        .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("department"))
        .endEvent().done(), PROCESS_ID);

    // the cases start over two years, as they would in the city (about 1,400 a day at full
    // scale): the engine's clock is pinned a day further every so many cases
    long started = System.nanoTime();
    int perDay = Math.max(1, (completed + open) / DAYS);
    firstStart = FIRST_DAY;
    engine.execute(new EngineCommand.PinClock(FIRST_DAY)).get(1, TimeUnit.MINUTES);
    InFlight creations = new InFlight(1_000);
    InFlight completions = new InFlight(1_000);
    int completedSoFar = 0;
    for (int i = 0; i < completed + open; i++) {
      if (i > 0 && i % perDay == 0) {
        creations.awaitAll(Duration.ofMinutes(5));
        long day = FIRST_DAY + (long) (i / perDay) * Duration.ofDays(1).toMillis();
        engine.execute(new EngineCommand.PinClock(day)).get(1, TimeUnit.MINUTES);
        lastStart = day;
      }
      Map<String, String> variables = Map.of(
          "applicationId", "\"JY-" + i + "\"",
          "county", "\"" + COUNTIES.get(i % COUNTIES.size()) + "\"",
          "department", "\"" + DEPARTMENTS.get(i % DEPARTMENTS.size()) + "\"");
      creations.submit(() -> engine.createProcessInstance(
          new EngineCommand.CreateProcessInstance(PROCESS_ID, -1, -1, variables)), c -> {});
      // the first cases are completed while the later ones are created
      for (Long task = createdTasks.poll(); task != null && completedSoFar < completed;
          task = createdTasks.poll()) {
        completedSoFar++;
        long key = task;
        completions.submit(() -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(),
            "")), c -> {});
      }
    }
    creations.awaitAll(Duration.ofMinutes(30));
    while (completedSoFar < completed) {
      long key = createdTasks.poll(5, TimeUnit.MINUTES);
      completedSoFar++;
      completions.submit(() -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(),
          "")), c -> {});
    }
    completions.awaitAll(Duration.ofMinutes(30));
    lagSampler.interrupt();
    long commandsDone = System.nanoTime();
    awaitExported(engine);
    catchUpSeconds = (System.nanoTime() - commandsDone) / 1e9;
    if (elasticsearch != null) {
      elasticsearch.refresh();
    }
    fillRate = (completed + open) / ((System.nanoTime() - started) / 1e9);
    System.out.printf("[%s] filled: %d cases in %.0f s, exported%n", name(), completed + open,
        (System.nanoTime() - started) / 1e9);
  }

  private static void awaitExported(Engine engine) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (engine.exporterStatus().stream().allMatch(status -> status.lag() == 0)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Expected the search side to catch up within 60 min, but "
        + engine.exporterStatus());
  }

  /** Hands the keys of created user tasks to the filler, which completes the first ones. */
  private static Exporter tasksCreated(LinkedBlockingQueue<Long> keys) {
    return new Exporter() {
      @Override
      public String id() {
        return "bench-created-tasks";
      }

      @Override
      public void export(List<Record> records) {
        for (Record record : records) {
          if (record.intent() == UserTaskIntent.CREATED
              && record.value() instanceof UserTaskRecord task) {
            keys.add(task.userTaskKey());
          }
        }
      }
    };
  }

  /** The searches, by name: what the tasklist and monitoring ask for most. */
  private Map<String, Supplier<Integer>> queries() {
    Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
    queries.put("department's open tasks", () -> run(SearchEntity.USER_TASKS, List.of(
        Condition.eq("state", "CREATED"), Condition.eq("candidateGroup", department())),
        "creationDate", true));
    queries.put("open tasks of a county", () -> run(SearchEntity.USER_TASKS, List.of(
        Condition.eq("state", "CREATED"), new Condition("processInstanceVariables",
            Operator.EQ, new VariableValueFilter("county", Operator.EQ, "\"" + county() + "\""))),
        "creationDate", true));
    queries.put("completed cases of a week", () -> {
      long from = firstStart + (long) (random.nextDouble() * Math.max(1, lastStart - firstStart));
      return run(SearchEntity.PROCESS_INSTANCES, List.of(
          Condition.eq("processDefinitionId", PROCESS_ID), Condition.eq("state", "COMPLETED"),
          new Condition("startDate", Operator.GTE, from),
          new Condition("startDate", Operator.LT, from + Duration.ofDays(7).toMillis())),
          "startDate", true);
    });
    queries.put("case by application id", () -> run(SearchEntity.PROCESS_INSTANCES, List.of(
        new Condition("variables", Operator.EQ, new VariableValueFilter("applicationId",
            Operator.EQ, "\"JY-" + random.nextInt(completed + open) + "\""))),
        "startDate", true));
    return queries;
  }

  private String department() {
    return DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
  }

  private String county() {
    return COUNTIES.get(random.nextInt(COUNTIES.size()));
  }

  private <T> int run(SearchEntity<T> table, List<Condition> conditions, String sort,
      boolean descending) {
    return search.search(table, new SearchQuery(conditions,
        List.of(new SearchQuery.SortOrder(sort, descending)), 0, 50)).items().size();
  }

  @Override
  public Map<String, Double> run() {
    Map<String, Double> figures = new LinkedHashMap<>();
    List<Double> all = new ArrayList<>();
    Map<String, double[]> byQuery = new LinkedHashMap<>();
    queries().forEach((name, query) -> byQuery.put(name, new double[QUERIES]));
    for (int i = 0; i < QUERIES; i++) {
      for (var query : queries().entrySet()) {
        long started = System.nanoTime();
        query.getValue().get();
        double millis = (System.nanoTime() - started) / 1e6;
        byQuery.get(query.getKey())[i] = millis;
        all.add(millis);
      }
    }
    figures.put(P95, Stats.percentile(all.stream().mapToDouble(Double::doubleValue).toArray(),
        95));
    byQuery.forEach((name, millis) -> figures.put("p95 ms, " + name,
        Stats.percentile(millis, 95)));
    figures.put("fill, cases/s", fillRate);
    figures.put(MAX_LAG, (double) maxLag);
    figures.put(CATCH_UP, catchUpSeconds);
    return figures;
  }

  @Override
  public void close() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
    if (elasticsearch != null) {
      elasticsearch.close();
    }
  }
}

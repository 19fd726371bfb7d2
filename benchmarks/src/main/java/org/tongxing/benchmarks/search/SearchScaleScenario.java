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
import org.tongxing.engine.record.ValueType;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.projection.SearchProjection;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.JdbcSearch;
import org.tongxing.search.query.Operator;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.VariableValueFilter;

/**
 * Issue #4, scale on the default projection ({@value #NAME}) or Elasticsearch ({@value
 * #ELASTICSEARCH_NAME}, the cluster at {@code --elasticsearch}): with {@value #COMPLETED} completed
 * and {@value #OPEN} open cases indexed (each case one user task of one of ten departments, in one
 * of twelve counties), filtered searches as the tasklist and monitoring send them answer within 300
 * ms p95 on the default projection, 100 ms on Elasticsearch. The set-up runs the first {@value
 * #ENGINE_CASES} cases through the engine at its full rate with the exporter beside it (how many
 * records a second each wrote, how far the export fell behind), then exports the others in bulk as
 * copies of one case the engine ran ({@link RecordedCase}: the same records with other keys, times
 * and variables), as fast as the exporter takes them; it says how many bytes a case takes on the
 * search side. Each run then sends {@value #QUERIES} searches of each kind through the search side
 * in process (the REST layer adds a few milliseconds).
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
  private static final long DAY = Duration.ofDays(1).toMillis();

  /** The recorded case opens and closes before the others. */
  private static final long RECORDED_START = FIRST_DAY - 2 * DAY;

  private static final long RECORDED_END = FIRST_DAY - DAY;

  /** Cases through the engine, at full scale; the others are copies of a recorded one. */
  static final int ENGINE_CASES = 100_000;

  private static final List<String> DEPARTMENTS =
      List.of(
          "dpf",
          "hrss",
          "civil-affairs",
          "finance",
          "health",
          "education",
          "market-regulation",
          "tax",
          "petitions",
          "justice");
  private static final List<String> COUNTIES =
      List.of(
          "lucheng",
          "longwan",
          "ouhai",
          "dongtou",
          "ruian",
          "yueqing",
          "longgang",
          "yongjia",
          "pingyang",
          "cangnan",
          "wencheng",
          "taishun");

  private final int completed;
  private final int open;
  private final int engineCases;
  private final Settings settings;
  private final boolean onElasticsearch;
  private EngineFixture fixture;
  private SearchBackend search;
  private ElasticsearchBench elasticsearch;
  private long maxLag;
  private double catchUpSeconds;
  private final Random random = new Random(4);
  private final long firstStart = FIRST_DAY;
  private long lastStart;
  private double engineRate;
  private double exportRate;
  private double seedRate;
  private double bytesPerCase;

  private SearchScaleScenario(Settings settings, boolean onElasticsearch) {
    this.settings = settings;
    this.completed = settings.scaled(COMPLETED);
    this.open = settings.scaled(OPEN);
    this.engineCases = Math.min(settings.scaled(ENGINE_CASES), completed);
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
    return "in process, engine on an H2 file, "
        + (onElasticsearch
            ? "Elasticsearch at " + settings.elasticsearch()
            : "default search projection")
        + ": "
        + completed
        + " completed and "
        + open
        + " open cases, then "
        + QUERIES
        + " searches of each kind per run";
  }

  @Override
  public List<Metric> metrics() {
    List<Metric> metrics = new ArrayList<>();
    metrics.add(Metric.atMost(P95, onElasticsearch ? 100 : 300));
    queries().keySet().forEach(name -> metrics.add(Metric.info("p95 ms, " + name)));
    metrics.add(Metric.info(ENGINE_RATE));
    metrics.add(Metric.info(EXPORT_RATE));
    metrics.add(Metric.info(MAX_LAG));
    metrics.add(Metric.info(CATCH_UP));
    metrics.add(Metric.info(BULK_RATE));
    metrics.add(Metric.info(BYTES));
    return metrics;
  }

  static final String ENGINE_RATE = "engine fill, records/s written";
  static final String EXPORT_RATE = "engine fill, records/s exported";
  static final String MAX_LAG = "export lag during engine fill, max records";
  static final String CATCH_UP = "export behind after engine fill, s";
  static final String BULK_RATE = "bulk fill, records/s exported";
  static final String BYTES = "search side, bytes per case";

  @Override
  public void setUp() throws Exception {
    fixture = EngineFixture.fresh();
    Exporter exporter;
    if (onElasticsearch) {
      elasticsearch =
          new ElasticsearchBench(settings.requireElasticsearch(ELASTICSEARCH_NAME), "bench-scale");
      exporter = elasticsearch.exporter();
      search = elasticsearch.search();
    } else {
      SearchSchema.migrate(fixture.dataSource());
      exporter = new SearchProjection(fixture.dataSource());
      search = new JdbcSearch(fixture.dataSource());
    }
    EngineRecords records = new EngineRecords();
    Engine engine =
        fixture.start(configuration -> configuration.withExporter(exporter).withExporter(records));
    fixture.deploy(
        Bpmn.createExecutableProcess(PROCESS_ID)
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("department"))
            .endEvent()
            .done(),
        PROCESS_ID);
    long started = System.nanoTime();
    RecordedCase recorded = recordCase(engine, records);
    fillThroughEngine(engine, exporter, records);
    int seeded = completed + open - engineCases;
    long seedStarted = System.nanoTime();
    long seededRecords =
        CaseSeeding.seed(
            recorded,
            seededCases(),
            seeded,
            completed - engineCases,
            records.count() + 1,
            exporter);
    seedRate = seededRecords / ((System.nanoTime() - seedStarted) / 1e9);
    if (elasticsearch != null) {
      elasticsearch.refresh();
      bytesPerCase = elasticsearch.storeBytes() / (double) (completed + open);
    } else {
      bytesPerCase = fileBytes() / (double) (completed + open);
    }
    lastStart = start(completed + open - 1);
    int last = completed + open - 1;
    if (run(
            SearchEntity.PROCESS_INSTANCES,
            List.of(
                new Condition(
                    "variables",
                    Operator.EQ,
                    new VariableValueFilter(
                        "applicationId", Operator.EQ, "\"" + applicationId(last) + "\""))),
            "startDate",
            true)
        != 1) {
      throw new IllegalStateException(
          "Expected the last case, "
              + applicationId(last)
              + ", on the search side after the fill, but it is not there");
    }
    System.out.printf(
        "[%s] filled: %d cases (%d through the engine) in %.0f s, exported%n",
        name(), completed + open, engineCases, (System.nanoTime() - started) / 1e9);
  }

  /** One case through the engine with the variables a copy replaces, before the others. */
  private static RecordedCase recordCase(Engine engine, EngineRecords records) throws Exception {
    engine.execute(new EngineCommand.PinClock(RECORDED_START)).get(1, TimeUnit.MINUTES);
    engine
        .createProcessInstance(
            new EngineCommand.CreateProcessInstance(
                PROCESS_ID,
                -1,
                -1,
                Map.of(
                    "applicationId",
                    "\"" + RecordedCase.APPLICATION_ID + "\"",
                    "county",
                    "\"" + RecordedCase.COUNTY + "\"",
                    "department",
                    "\"" + RecordedCase.DEPARTMENT + "\"")))
        .get(1, TimeUnit.MINUTES);
    long task = records.createdTasks().poll(1, TimeUnit.MINUTES);
    engine.execute(new EngineCommand.PinClock(RECORDED_END)).get(1, TimeUnit.MINUTES);
    engine.execute(new EngineCommand.CompleteUserTask(task, Map.of(), "")).get(1, TimeUnit.MINUTES);
    awaitExported(engine);
    return RecordedCase.of(records.recorded(), RECORDED_START, RECORDED_END);
  }

  /**
   * The first cases through the engine at its full rate, the export running beside it: how far it
   * falls behind, and how many records a second each wrote. They are all completed; the first ones
   * while the later ones are created.
   */
  private void fillThroughEngine(Engine engine, Exporter exporter, EngineRecords records)
      throws Exception {
    Thread lagSampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                engine.exporterStatus().stream()
                    .filter(s -> s.exporterId().equals(exporter.id()))
                    .forEach(s -> maxLag = Math.max(maxLag, s.lag()));
                try {
                  Thread.sleep(1_000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-export-lag");
    lagSampler.setDaemon(true);
    lagSampler.start();
    LinkedBlockingQueue<Long> createdTasks = records.createdTasks();
    long recordsBefore = records.count();
    long started = System.nanoTime();
    InFlight creations = new InFlight(1_000);
    InFlight completions = new InFlight(1_000);
    int completedSoFar = 0;
    long day = -1;
    for (int i = 0; i < engineCases; i++) {
      if (day(i) != day) {
        // the cases start over two years, as they would in the city (about 1,400 a day at full
        // scale): the engine's clock is pinned a day further every so many cases
        creations.awaitAll(Duration.ofMinutes(5));
        day = day(i);
        engine.execute(new EngineCommand.PinClock(start(i))).get(1, TimeUnit.MINUTES);
      }
      Map<String, String> variables =
          Map.of(
              "applicationId", "\"" + applicationId(i) + "\"",
              "county", "\"" + county(i) + "\"",
              "department", "\"" + department(i) + "\"");
      creations.submit(
          () ->
              engine.createProcessInstance(
                  new EngineCommand.CreateProcessInstance(PROCESS_ID, -1, -1, variables)),
          c -> {});
      for (Long task = createdTasks.poll(); task != null; task = createdTasks.poll()) {
        completedSoFar++;
        long key = task;
        completions.submit(
            () -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(), "")), c -> {});
      }
    }
    creations.awaitAll(Duration.ofMinutes(30));
    while (completedSoFar < engineCases) {
      long key = createdTasks.poll(5, TimeUnit.MINUTES);
      completedSoFar++;
      completions.submit(
          () -> engine.execute(new EngineCommand.CompleteUserTask(key, Map.of(), "")), c -> {});
    }
    completions.awaitAll(Duration.ofMinutes(30));
    long commandsDone = System.nanoTime();
    long written = records.count() - recordsBefore;
    engineRate = written / ((commandsDone - started) / 1e9);
    awaitExported(engine);
    lagSampler.interrupt();
    catchUpSeconds = (System.nanoTime() - commandsDone) / 1e9;
    exportRate = written / ((System.nanoTime() - started) / 1e9);
  }

  private static void awaitExported(Engine engine) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (engine.exporterStatus().stream().allMatch(status -> status.lag() == 0)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "Expected the search side to catch up within 60 min, but " + engine.exporterStatus());
  }

  /** The cases after those the engine ran, as copies of the recorded one. */
  private CaseSeeding.Cases seededCases() {
    return new CaseSeeding.Cases() {
      @Override
      public long start(int n) {
        return SearchScaleScenario.this.start(engineCases + n);
      }

      @Override
      public long end(int n) {
        return start(n) + Duration.ofDays(3).toMillis();
      }

      @Override
      public String applicationId(int n) {
        return SearchScaleScenario.applicationId(engineCases + n);
      }

      @Override
      public String county(int n) {
        return SearchScaleScenario.county(engineCases + n);
      }

      @Override
      public String department(int n) {
        return SearchScaleScenario.department(engineCases + n);
      }
    };
  }

  private long day(int i) {
    return i / Math.max(1, (completed + open) / DAYS);
  }

  /** When case {@code i} starts: its day, the day's cases spread over it. */
  private long start(int i) {
    int perDay = Math.max(1, (completed + open) / DAYS);
    return FIRST_DAY + day(i) * DAY + (i % perDay) * (DAY / perDay);
  }

  private static String applicationId(int i) {
    return "JY-" + i;
  }

  private static String county(int i) {
    return COUNTIES.get(i % COUNTIES.size());
  }

  private static String department(int i) {
    return DEPARTMENTS.get(i % DEPARTMENTS.size());
  }

  private long fileBytes() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(fixture.directory())) {
      return files
          .filter(java.nio.file.Files::isRegularFile)
          .mapToLong(
              path -> {
                try {
                  return java.nio.file.Files.size(path);
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  /**
   * Counts the engine's records, hands the keys of created user tasks to the filler, and keeps the
   * recorded case's records (those at its two instants).
   */
  private static final class EngineRecords implements Exporter {
    private final LinkedBlockingQueue<Long> createdTasks = new LinkedBlockingQueue<>();
    private final List<Record> recorded = new ArrayList<>();
    private volatile long count;
    private volatile boolean recording = true;

    @Override
    public String id() {
      return "bench-engine-records";
    }

    @Override
    public void export(List<Record> records) {
      for (Record record : records) {
        if (record.intent() == UserTaskIntent.CREATED
            && record.value() instanceof UserTaskRecord task) {
          createdTasks.add(task.userTaskKey());
        }
        if (recording
            && record.valueType() != ValueType.CLOCK
            && (record.timestamp() == RECORDED_START || record.timestamp() == RECORDED_END)) {
          recorded.add(record);
        }
      }
      count = records.get(records.size() - 1).position();
    }

    long count() {
      return count;
    }

    LinkedBlockingQueue<Long> createdTasks() {
      return createdTasks;
    }

    List<Record> recorded() {
      recording = false;
      return List.copyOf(recorded);
    }
  }

  /** The searches, by name: what the tasklist and monitoring ask for most. */
  private Map<String, Supplier<Integer>> queries() {
    Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
    queries.put(
        "department's open tasks",
        () ->
            run(
                SearchEntity.USER_TASKS,
                List.of(
                    Condition.eq("state", "CREATED"), Condition.eq("candidateGroup", department())),
                "creationDate",
                true));
    queries.put(
        "open tasks of a county",
        () ->
            run(
                SearchEntity.USER_TASKS,
                List.of(
                    Condition.eq("state", "CREATED"),
                    new Condition(
                        "processInstanceVariables",
                        Operator.EQ,
                        new VariableValueFilter("county", Operator.EQ, "\"" + county() + "\""))),
                "creationDate",
                true));
    queries.put(
        "completed cases of a week",
        () -> {
          long from =
              firstStart + (long) (random.nextDouble() * Math.max(1, lastStart - firstStart));
          return run(
              SearchEntity.PROCESS_INSTANCES,
              List.of(
                  Condition.eq("processDefinitionId", PROCESS_ID),
                  Condition.eq("state", "COMPLETED"),
                  new Condition("startDate", Operator.GTE, from),
                  new Condition("startDate", Operator.LT, from + Duration.ofDays(7).toMillis())),
              "startDate",
              true);
        });
    queries.put(
        "case by application id",
        () ->
            run(
                SearchEntity.PROCESS_INSTANCES,
                List.of(
                    new Condition(
                        "variables",
                        Operator.EQ,
                        new VariableValueFilter(
                            "applicationId",
                            Operator.EQ,
                            "\"JY-" + random.nextInt(completed + open) + "\""))),
                "startDate",
                true));
    return queries;
  }

  private String department() {
    return DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
  }

  private String county() {
    return COUNTIES.get(random.nextInt(COUNTIES.size()));
  }

  private <T> int run(
      SearchEntity<T> table, List<Condition> conditions, String sort, boolean descending) {
    return search
        .search(
            table,
            new SearchQuery(
                conditions, List.of(new SearchQuery.SortOrder(sort, descending)), 0, 50))
        .items()
        .size();
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
    figures.put(P95, Stats.percentile(all.stream().mapToDouble(Double::doubleValue).toArray(), 95));
    byQuery.forEach((name, millis) -> figures.put("p95 ms, " + name, Stats.percentile(millis, 95)));
    figures.put(ENGINE_RATE, engineRate);
    figures.put(EXPORT_RATE, exportRate);
    figures.put(MAX_LAG, (double) maxLag);
    figures.put(CATCH_UP, catchUpSeconds);
    figures.put(BULK_RATE, seedRate);
    figures.put(BYTES, bytesPerCase);
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

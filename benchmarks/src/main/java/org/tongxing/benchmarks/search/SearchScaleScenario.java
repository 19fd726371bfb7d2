package org.tongxing.benchmarks.search;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;
import org.tongxing.benchmarks.Stats;
import org.tongxing.engine.Engine;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.exporter.Exporter;
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
  private static final long FIRST_DAY = CityCases.FIRST_DAY;
  private static final long DAY = CityCases.DAY;

  /** The recorded case opens and closes before the others. */
  private static final long RECORDED_START = FIRST_DAY - 2 * DAY;

  private static final long RECORDED_END = FIRST_DAY - DAY;

  /** Cases through the engine, at full scale; the others are copies of a recorded one. */
  static final int ENGINE_CASES = 100_000;

  private final int completed;
  private final int open;
  private final int engineCases;
  private final Settings settings;
  private final boolean onElasticsearch;
  private final CityCases cases;
  private EngineFixture fixture;
  private SearchBackend search;
  private ElasticsearchBench elasticsearch;
  private EngineFill.Result engineFill;
  private final Random random = new Random(4);
  private final long firstStart = FIRST_DAY;
  private long lastStart;
  private double seedRate;
  private double bytesPerCase;

  private SearchScaleScenario(Settings settings, boolean onElasticsearch) {
    this.settings = settings;
    this.completed = settings.scaled(COMPLETED);
    this.open = settings.scaled(OPEN);
    this.engineCases = Math.min(settings.scaled(ENGINE_CASES), completed);
    this.onElasticsearch = onElasticsearch;
    this.cases = new CityCases(completed + open);
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
    EngineRecords records = new EngineRecords(RECORDED_START, RECORDED_END);
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
    engineFill = EngineFill.run(engine, exporter.id(), records, PROCESS_ID, cases, engineCases);
    int seeded = completed + open - engineCases;
    long seedStarted = System.nanoTime();
    long seededRecords =
        CaseSeeding.seed(
            recorded,
            cases.from(engineCases),
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
    lastStart = cases.start(completed + open - 1);
    int last = completed + open - 1;
    if (run(
            SearchEntity.PROCESS_INSTANCES,
            List.of(
                new Condition(
                    "variables",
                    Operator.EQ,
                    new VariableValueFilter(
                        "applicationId", Operator.EQ, "\"" + cases.applicationId(last) + "\""))),
            "startDate",
            true)
        != 1) {
      throw new IllegalStateException(
          "Expected the last case, "
              + cases.applicationId(last)
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
    EngineFill.awaitExported(engine);
    return RecordedCase.of(records.recorded(), RECORDED_START, RECORDED_END);
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
    return CityCases.DEPARTMENTS.get(random.nextInt(CityCases.DEPARTMENTS.size()));
  }

  private String county() {
    return CityCases.COUNTIES.get(random.nextInt(CityCases.COUNTIES.size()));
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
    figures.put(ENGINE_RATE, engineFill.engineRate());
    figures.put(EXPORT_RATE, engineFill.exportRate());
    figures.put(MAX_LAG, (double) engineFill.maxLag());
    figures.put(CATCH_UP, engineFill.behindSeconds());
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

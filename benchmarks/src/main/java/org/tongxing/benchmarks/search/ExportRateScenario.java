package org.tongxing.benchmarks.search;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.tongxing.benchmarks.EngineFixture;
import org.tongxing.benchmarks.Metric;
import org.tongxing.benchmarks.Scenario;
import org.tongxing.benchmarks.Settings;
import org.tongxing.engine.Engine;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.projection.SearchProjection;

/**
 * Issue #4, "bulk export keeps up with the engine's full rate", on the default projection ({@value
 * #NAME}) or Elasticsearch ({@value #ELASTICSEARCH_NAME}): each run sends {@value #CASES} cases
 * through a fresh engine as fast as it takes them, first with no search side (the engine's own
 * rate), then with the search side's exporter beside it, and measures how far the export falls
 * behind. It keeps up when it has every record within a second of the engine's last answer.
 */
public final class ExportRateScenario implements Scenario {

  public static final String NAME = "export-rate";
  public static final String ELASTICSEARCH_NAME = "export-rate-es";
  static final int CASES = 100_000;
  private static final String PROCESS_ID = "bench-export-case";

  static final String ENGINE_ALONE = "engine alone, records/s";
  static final String ENGINE = "engine with the export, records/s";
  static final String EXPORTED = "exported, records/s";
  static final String MAX_LAG = "export lag, max s";
  static final String BEHIND = "export behind when the engine stopped, s";

  private final Settings settings;
  private final boolean onElasticsearch;
  private final int cases;

  private ExportRateScenario(Settings settings, boolean onElasticsearch) {
    this.settings = settings;
    this.onElasticsearch = onElasticsearch;
    this.cases = settings.scaled(CASES);
  }

  public static ExportRateScenario onDatabase(Settings settings) {
    return new ExportRateScenario(settings, false);
  }

  public static ExportRateScenario onElasticsearch(Settings settings) {
    return new ExportRateScenario(settings, true);
  }

  @Override
  public String name() {
    return onElasticsearch ? ELASTICSEARCH_NAME : NAME;
  }

  @Override
  public String description() {
    return "in process, engine on an H2 file, "
        + cases
        + " cases (start, user task completed, end) at the engine's full rate, alone and with "
        + (onElasticsearch
            ? "the Elasticsearch exporter (" + settings.elasticsearch() + ")"
            : "the default search projection");
  }

  @Override
  public List<Metric> metrics() {
    return List.of(
        Metric.atMost(BEHIND, 1),
        Metric.info(MAX_LAG),
        Metric.info(ENGINE),
        Metric.info(EXPORTED),
        Metric.info(ENGINE_ALONE));
  }

  @Override
  public void setUp() {
    if (onElasticsearch) {
      settings.requireElasticsearch(ELASTICSEARCH_NAME);
    }
  }

  @Override
  public Map<String, Double> run() throws Exception {
    EngineFill.Result alone = fill(null);
    EngineFill.Result withExport;
    if (onElasticsearch) {
      try (ElasticsearchBench elasticsearch =
          new ElasticsearchBench(settings.elasticsearch(), "bench-export")) {
        withExport = fill(fixture -> elasticsearch.exporter());
      }
    } else {
      withExport =
          fill(
              fixture -> {
                SearchSchema.migrate(fixture.dataSource());
                return new SearchProjection(fixture.dataSource());
              });
    }
    return Map.of(
        BEHIND, withExport.behindSeconds(),
        MAX_LAG, withExport.maxLagSeconds(),
        ENGINE, withExport.engineRate(),
        EXPORTED, withExport.exportRate(),
        ENGINE_ALONE, alone.engineRate());
  }

  /** The cases through a fresh engine, with the exporter made for it (if any). */
  private EngineFill.Result fill(java.util.function.Function<EngineFixture, Exporter> exporterOf)
      throws Exception {
    try (EngineFixture fixture = EngineFixture.fresh()) {
      Exporter exporter = exporterOf == null ? null : exporterOf.apply(fixture);
      EngineRecords records = new EngineRecords();
      Engine engine =
          fixture.start(
              configuration ->
                  exporter == null
                      ? configuration.withExporter(records)
                      : configuration.withExporter(exporter).withExporter(records));
      fixture.deploy(
          Bpmn.createExecutableProcess(PROCESS_ID)
              .startEvent()
              .userTask(
                  "review", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("department"))
              .endEvent()
              .done(),
          PROCESS_ID);
      EngineFill.awaitExported(engine);
      return EngineFill.run(
          engine,
          exporter == null ? null : exporter.id(),
          records,
          PROCESS_ID,
          new CityCases(cases),
          cases);
    }
  }
}

package org.tongxing.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.node.EmbeddedElasticsearchNode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.Resource;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.search.elasticsearch.ElasticsearchExporter;
import org.tongxing.search.elasticsearch.ElasticsearchIndices;
import org.tongxing.search.elasticsearch.ElasticsearchSearch;
import org.tongxing.search.elasticsearch.ElasticsearchSettings;
import org.tongxing.search.projection.SearchProjection;
import org.tongxing.search.query.JdbcSearch;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;

/**
 * After a crash the records after the last acknowledged position come again, in other chunks: on
 * every backend the read side ends the same, with nothing missing and nothing twice.
 */
class ReplayTest {

  private static final List<Record> RECORDS = new ArrayList<>();
  private static ElasticsearchClient elasticsearch;
  private static RestClient restClient;

  /** A real engine runs a few cases; its records are what the backends get. */
  @BeforeAll
  static void runCases() throws Exception {
    JdbcDataSource engineDatabase = new JdbcDataSource();
    engineDatabase.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Exporter recorder =
        new Exporter() {
          @Override
          public String id() {
            return "recorder";
          }

          @Override
          public void export(List<Record> records) {
            synchronized (RECORDS) {
              RECORDS.addAll(records);
            }
          }
        };
    try (Engine engine =
        Engine.start(EngineConfiguration.of(engineDatabase).withExporter(recorder))) {
      String bpmn =
          Bpmn.convertToString(
              Bpmn.createExecutableProcess("replay")
                  .name("补贴")
                  .startEvent()
                  .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
                  .serviceTask("pay", t -> t.zeebeJobType("replay-pay"))
                  .endEvent()
                  .done());
      engine
          .deploy(
              new EngineCommand.Deploy(
                  List.of(new Resource("replay.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)))))
          .join();
      List<Long> cases = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        cases.add(
            engine
                .createProcessInstance(
                    new EngineCommand.CreateProcessInstance(
                        "replay",
                        -1,
                        -1,
                        Map.of("county", "\"c" + (i % 2) + "\""),
                        false,
                        List.of()))
                .join()
                .processInstanceKey());
      }
      engine
          .execute(new EngineCommand.SetVariables(cases.get(1), Map.of("county", "\"c9\""), false))
          .join();
      engine.execute(new EngineCommand.CancelProcessInstance(cases.get(3))).join();
      long task =
          await()
              .atMost(Duration.ofSeconds(10))
              .until(() -> firstTaskOf(cases.get(0)), key -> key > 0);
      engine
          .execute(new EngineCommand.CompleteUserTask(task, Map.of("approved", "true"), ""))
          .join();
      await().atMost(Duration.ofSeconds(10)).until(() -> engine.exporterStatus().get(0).lag() == 0);
    }
    restClient =
        RestClient.builder(HttpHost.create(EmbeddedElasticsearchNode.shared().uri())).build();
    elasticsearch =
        new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
  }

  @AfterAll
  static void close() throws Exception {
    restClient.close();
  }

  @Test
  void shouldEndTheSameAfterAReplayOnTheDefaultProjection() throws Exception {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SearchSchema.migrate(database);
    assertSameAfterReplay(new SearchProjection(database), new JdbcSearch(database), () -> {});
  }

  @Test
  void shouldEndTheSameAfterAReplayOnElasticsearch() throws Exception {
    ElasticsearchIndices indices =
        new ElasticsearchIndices(
            ElasticsearchSettings.defaults()
                .withIndexPrefix("replay-" + UUID.randomUUID().toString().substring(0, 8)));
    assertSameAfterReplay(
        new ElasticsearchExporter(elasticsearch, indices),
        new ElasticsearchSearch(elasticsearch, indices),
        () -> elasticsearch.indices().refresh(r -> r.index(indices.all())));
  }

  @Test
  void shouldEndTheSameWhetherTheExporterKeepsWhatItStoredOrReadsItBackEachChunk()
      throws Exception {
    // given one exporter over all chunks (it keeps the joined fields it stored), and a fresh
    // exporter for each chunk (it reads them back from the cluster every time)
    ElasticsearchIndices kept =
        new ElasticsearchIndices(
            ElasticsearchSettings.defaults()
                .withIndexPrefix("kept-" + UUID.randomUUID().toString().substring(0, 8)));
    ElasticsearchIndices readBack =
        new ElasticsearchIndices(
            ElasticsearchSettings.defaults()
                .withIndexPrefix("read-" + UUID.randomUUID().toString().substring(0, 8)));

    // when
    export(new ElasticsearchExporter(elasticsearch, kept), RECORDS, 5);
    for (int from = 0; from < RECORDS.size(); from += 5) {
      new ElasticsearchExporter(elasticsearch, readBack)
          .export(RECORDS.subList(from, Math.min(RECORDS.size(), from + 5)));
    }
    elasticsearch.indices().refresh(r -> r.index(kept.all()));
    elasticsearch.indices().refresh(r -> r.index(readBack.all()));

    // then
    Map<String, List<?>> keptEverything = everything(new ElasticsearchSearch(elasticsearch, kept));
    assertThat(keptEverything)
        .isEqualTo(everything(new ElasticsearchSearch(elasticsearch, readBack)));
    assertThat(
            new ElasticsearchSearch(elasticsearch, kept)
                .search(
                    SearchEntity.USER_TASKS,
                    SearchQuery.of(
                        List.of(
                            new org.tongxing.search.query.Condition(
                                "processInstanceVariables",
                                org.tongxing.search.query.Operator.EQ,
                                new org.tongxing.search.query.VariableValueFilter(
                                    "county", org.tongxing.search.query.Operator.EQ, "\"c9\"")))))
                .items())
        .hasSize(1);
  }

  private void assertSameAfterReplay(Exporter exporter, SearchBackend search, Refresh refresh)
      throws Exception {
    // given every record exported once, in chunks
    export(exporter, RECORDS, 500);
    refresh.run();
    Map<String, List<?>> once = everything(search);

    // when those after a position come again in other chunks, as after a crash
    export(exporter, RECORDS.subList(RECORDS.size() / 3, RECORDS.size()), 7);
    refresh.run();

    // then the read side is as it was: no gaps, no duplicates
    assertThat(everything(search)).isEqualTo(once);
    assertThat(once.get("process-instance")).hasSize(4);
    assertThat(once.get("user-task")).hasSize(4);
    assertThat(
            search
                .search(
                    SearchEntity.USER_TASKS,
                    SearchQuery.of(
                        List.of(
                            new org.tongxing.search.query.Condition(
                                "processInstanceVariables",
                                org.tongxing.search.query.Operator.EQ,
                                new org.tongxing.search.query.VariableValueFilter(
                                    "county", org.tongxing.search.query.Operator.EQ, "\"c9\"")))))
                .items())
        .hasSize(1);
  }

  private static void export(Exporter exporter, List<Record> records, int chunk) throws Exception {
    for (int from = 0; from < records.size(); from += chunk) {
      exporter.export(records.subList(from, Math.min(records.size(), from + chunk)));
    }
  }

  private static Map<String, List<?>> everything(SearchBackend search) {
    Map<String, List<?>> all = new LinkedHashMap<>();
    for (SearchEntity<?> entity : SearchEntity.ALL) {
      all.put(
          entity.name(),
          search.search(entity, new SearchQuery(List.of(), List.of(), 0, 1000)).items());
    }
    return all;
  }

  private static long firstTaskOf(long instance) {
    synchronized (RECORDS) {
      return RECORDS.stream()
          .filter(r -> r.intent() == UserTaskIntent.CREATED)
          .filter(
              r ->
                  ((org.tongxing.engine.record.UserTaskRecord) r.value()).processInstanceKey()
                      == instance)
          .mapToLong(Record::key)
          .findFirst()
          .orElse(-1);
    }
  }

  @FunctionalInterface
  private interface Refresh {
    void run() throws Exception;
  }
}

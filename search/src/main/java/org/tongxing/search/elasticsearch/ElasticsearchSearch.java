package org.tongxing.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.search.entity.ElementStatistics;
import org.tongxing.search.entity.SequenceFlowEntity;
import org.tongxing.search.query.Condition;
import org.tongxing.search.query.PageCursor;
import org.tongxing.search.query.SearchBackend;
import org.tongxing.search.query.SearchEntity;
import org.tongxing.search.query.SearchQuery;
import org.tongxing.search.query.SearchResult;

/**
 * The search API over the Elasticsearch indices the {@link ElasticsearchExporter} fills. Pages by
 * {@code search_after} on the sort values and the key; counts up to 10,000 matches as the default
 * projection does; look-ups by key are real-time gets.
 */
public final class ElasticsearchSearch implements SearchBackend {

  /** The keys of instances one statistics aggregation takes at a time. */
  private static final int INSTANCES_PER_AGGREGATION = 10_000;

  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;
  private final ObjectMapper documents =
      JsonValues.mapper()
          .copy()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public ElasticsearchSearch(ElasticsearchClient client, ElasticsearchIndices indices) {
    this.client = client;
    this.indices = indices;
  }

  @Override
  public <T> SearchResult<T> search(SearchEntity<T> entity, SearchQuery query) {
    entity.check(query);
    List<SearchQuery.SortOrder> sort = entity.effectiveSort(query);
    boolean backwards = query.before() != null;
    List<SearchQuery.SortOrder> order =
        backwards ? sort.stream().map(ElasticsearchSearch::reversed).toList() : sort;
    List<FieldValue> searchAfter = new ArrayList<>();
    if (query.after() != null || query.before() != null) {
      String field = backwards ? "page.before" : "page.after";
      PageCursor.decode(field, backwards ? query.before() : query.after(), sort)
          .forEach(value -> searchAfter.add(ElasticsearchQueries.value(value)));
    }
    Query filter = ElasticsearchQueries.all(entity, query.conditions());
    SearchResponse<Map> response =
        call(
            "search " + entity,
            () ->
                client.search(
                    s -> {
                      s.index(indices.of(entity))
                          .query(filter)
                          .size(query.limit())
                          .sort(sortOptions(entity, order))
                          .source(src -> src.filter(f -> f.excludes(DocumentFields.NOT_RETURNED)))
                          .ignoreUnavailable(true)
                          .allowNoIndices(true)
                          .trackTotalHits(t -> t.count((int) SearchEntity.MAX_COUNT));
                      if (searchAfter.isEmpty()) {
                        s.from(query.from());
                      } else {
                        s.searchAfter(searchAfter);
                      }
                      return s;
                    },
                    Map.class));
    List<Hit<Map>> hits = new ArrayList<>(response.hits().hits());
    if (backwards) {
      Collections.reverse(hits);
    }
    List<T> items =
        hits.stream().map(hit -> documents.convertValue(hit.source(), entity.type())).toList();
    var total = response.hits().total();
    long count = total == null ? items.size() : total.value();
    boolean more = total != null && total.relation() == TotalHitsRelation.Gte;
    return new SearchResult<>(
        items,
        Math.min(count, SearchEntity.MAX_COUNT),
        more,
        hits.isEmpty() ? null : cursor(sort, hits.get(0)),
        hits.isEmpty() ? null : cursor(sort, hits.get(hits.size() - 1)));
  }

  private static SearchQuery.SortOrder reversed(SearchQuery.SortOrder order) {
    return new SearchQuery.SortOrder(order.field(), !order.descending());
  }

  private static List<SortOptions> sortOptions(
      SearchEntity<?> entity, List<SearchQuery.SortOrder> order) {
    return order.stream()
        .map(
            field ->
                SortOptions.of(
                    o ->
                        o.field(
                            f ->
                                f.field(DocumentFields.of(entity, field.field()))
                                    .order(field.descending() ? SortOrder.Desc : SortOrder.Asc)
                                    // empty values are the highest, as in SQL: last ascending,
                                    // first descending
                                    .missing(field.descending() ? "_first" : "_last")
                                    .unmappedType(
                                        co.elastic.clients.elasticsearch._types.mapping.FieldType
                                            .Keyword))))
        .toList();
  }

  private static String cursor(List<SearchQuery.SortOrder> sort, Hit<Map> hit) {
    List<Object> values = new ArrayList<>();
    for (FieldValue value : hit.sort()) {
      values.add(value.isNull() ? null : value._get());
    }
    return PageCursor.encode(sort, values);
  }

  @Override
  public <T> Optional<T> get(SearchEntity<T> entity, Object key) {
    var response =
        call(
            "get " + entity + " " + key,
            () -> {
              try {
                return client.get(
                    g ->
                        g.index(indices.of(entity))
                            .id(String.valueOf(key))
                            .sourceExcludes(DocumentFields.NOT_RETURNED),
                    Map.class);
              } catch (ElasticsearchException e) {
                if ("index_not_found_exception".equals(e.error().type())) {
                  return null;
                }
                throw e;
              }
            });
    if (response == null || !response.found() || response.source() == null) {
      return Optional.empty();
    }
    return Optional.of(documents.convertValue(response.source(), entity.type()));
  }

  @Override
  public Optional<String> processDefinitionXml(long processDefinitionKey) {
    var response =
        call(
            "get the XML of process definition " + processDefinitionKey,
            () ->
                client.get(
                    g ->
                        g.index(indices.of(SearchEntity.PROCESS_DEFINITIONS))
                            .id(String.valueOf(processDefinitionKey))
                            .sourceIncludes("bpmnXml"),
                    Map.class));
    return response.found() && response.source() != null
        ? Optional.ofNullable((String) response.source().get("bpmnXml"))
        : Optional.empty();
  }

  @Override
  public List<ElementStatistics> elementStatisticsOfDefinition(
      long processDefinitionKey, List<Condition> instanceConditions) {
    SearchEntity.PROCESS_INSTANCES.check(SearchQuery.of(instanceConditions));
    Query ofDefinition = ElasticsearchQueries.term("processDefinitionKey", processDefinitionKey);
    if (instanceConditions.isEmpty()) {
      return counts(ofDefinition);
    }
    // the instances the filter picks, a page of keys at a time, their counts added up
    List<Condition> conditions = new ArrayList<>(instanceConditions);
    conditions.add(Condition.eq("processDefinitionKey", processDefinitionKey));
    Query instances = ElasticsearchQueries.all(SearchEntity.PROCESS_INSTANCES, conditions);
    Map<String, long[]> sums = new LinkedHashMap<>();
    List<FieldValue> after = new ArrayList<>();
    while (true) {
      List<FieldValue> from = List.copyOf(after);
      SearchResponse<Void> page =
          call(
              "find the instances to count",
              () ->
                  client.search(
                      s -> {
                        s.index(indices.of(SearchEntity.PROCESS_INSTANCES))
                            .query(instances)
                            .size(INSTANCES_PER_AGGREGATION)
                            .source(src -> src.fetch(false))
                            .sort(
                                o ->
                                    o.field(
                                        f -> f.field("processInstanceKey").order(SortOrder.Asc)))
                            .trackTotalHits(t -> t.enabled(false));
                        if (!from.isEmpty()) {
                          s.searchAfter(from);
                        }
                        return s;
                      },
                      Void.class));
      List<Long> keys = page.hits().hits().stream().map(hit -> Long.parseLong(hit.id())).toList();
      if (keys.isEmpty()) {
        break;
      }
      Query ofInstances =
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.filter(ofDefinition)
                              .filter(ElasticsearchQueries.terms("processInstanceKey", keys))));
      for (ElementStatistics count : counts(ofInstances)) {
        long[] sum = sums.computeIfAbsent(count.elementId(), id -> new long[4]);
        sum[0] += count.active();
        sum[1] += count.completed();
        sum[2] += count.canceled();
        sum[3] += count.incidents();
      }
      if (keys.size() < INSTANCES_PER_AGGREGATION) {
        break;
      }
      after = List.of(FieldValue.of(keys.get(keys.size() - 1)));
    }
    return sums.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                new ElementStatistics(
                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
        .toList();
  }

  @Override
  public List<ElementStatistics> elementStatisticsOfInstance(long processInstanceKey) {
    return counts(ElasticsearchQueries.term("processInstanceKey", processInstanceKey));
  }

  /** The element instances of flow nodes that match, by element and state. */
  private List<ElementStatistics> counts(Query elementInstances) {
    Query query =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(elementInstances)
                            .mustNot(
                                ElasticsearchQueries.terms(
                                    "type", List.of("PROCESS", "MULTI_INSTANCE_BODY")))));
    Query active = ElasticsearchQueries.term("state", "ACTIVE");
    Query withIncident = ElasticsearchQueries.exists("incidentKey");
    Map<String, Aggregation> byState =
        Map.of(
            "active",
                Aggregation.of(
                    a -> a.filter(f -> f.bool(b -> b.filter(active).mustNot(withIncident)))),
            "completed",
                Aggregation.of(a -> a.filter(ElasticsearchQueries.term("state", "COMPLETED"))),
            "canceled",
                Aggregation.of(a -> a.filter(ElasticsearchQueries.term("state", "TERMINATED"))),
            "incidents",
                Aggregation.of(
                    a -> a.filter(f -> f.bool(b -> b.filter(active).filter(withIncident)))));
    SearchResponse<Void> response =
        call(
            "count element instances",
            () ->
                client.search(
                    s ->
                        s.index(indices.of(SearchEntity.ELEMENT_INSTANCES))
                            .query(query)
                            .size(0)
                            .ignoreUnavailable(true)
                            .allowNoIndices(true)
                            .aggregations(
                                "elements",
                                a ->
                                    a.terms(
                                            t ->
                                                t.field("elementId")
                                                    .size(10_000)
                                                    .order(
                                                        List.of(
                                                            co.elastic.clients.util.NamedValue.of(
                                                                "_key", SortOrder.Asc))))
                                        .aggregations(byState)),
                    Void.class));
    if (response.aggregations() == null || !response.aggregations().containsKey("elements")) {
      return List.of();
    }
    List<ElementStatistics> counts = new ArrayList<>();
    for (StringTermsBucket bucket :
        response.aggregations().get("elements").sterms().buckets().array()) {
      var states = bucket.aggregations();
      counts.add(
          new ElementStatistics(
              bucket.key().stringValue(),
              states.get("active").filter().docCount(),
              states.get("completed").filter().docCount(),
              states.get("canceled").filter().docCount(),
              states.get("incidents").filter().docCount()));
    }
    return counts;
  }

  @Override
  public List<SequenceFlowEntity> sequenceFlows(long processInstanceKey) {
    SearchResponse<SequenceFlowEntity> response =
        call(
            "read the sequence flows of " + processInstanceKey,
            () ->
                client.search(
                    s ->
                        s.index(indices.name(ElasticsearchIndices.SEQUENCE_FLOW))
                            .query(
                                ElasticsearchQueries.term("processInstanceKey", processInstanceKey))
                            .sort(o -> o.field(f -> f.field("elementId").order(SortOrder.Asc)))
                            .size(SearchEntity.MAX_RESULT_WINDOW)
                            .ignoreUnavailable(true)
                            .allowNoIndices(true),
                    SequenceFlowEntity.class));
    return response.hits().hits().stream().map(Hit::source).toList();
  }

  @FunctionalInterface
  private interface Call<T> {
    T run() throws IOException;
  }

  private static <T> T call(String what, Call<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new SearchUnavailableException(
          "Expected Elasticsearch to " + what + ", but it could not be reached: " + e.getMessage(),
          e);
    } catch (ElasticsearchException e) {
      throw new SearchUnavailableException(
          "Expected Elasticsearch to " + what + ", but it failed: " + e.getMessage(), e);
    }
  }
}

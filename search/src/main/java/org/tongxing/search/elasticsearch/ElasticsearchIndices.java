package org.tongxing.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.search.query.SearchEntity;

/**
 * The backend's indices, one per entity ({@code <prefix>-<entity>}) and one of the sequence flows
 * instances took, each with an index template of explicit, strict mappings ({@code
 * elasticsearch/<entity>.json}): a field that is not mapped is refused, never guessed.
 */
public final class ElasticsearchIndices {

  /** The index of taken sequence flows, beside those of the entities. */
  static final String SEQUENCE_FLOW = "sequence-flow";

  private final ElasticsearchSettings settings;

  public ElasticsearchIndices(ElasticsearchSettings settings) {
    this.settings = settings;
  }

  ElasticsearchSettings settings() {
    return settings;
  }

  public String of(SearchEntity<?> entity) {
    return name(entity.name());
  }

  String name(String entity) {
    return settings.indexPrefix() + "-" + entity;
  }

  static List<String> entities() {
    List<String> names =
        new ArrayList<>(SearchEntity.ALL.stream().map(SearchEntity::name).toList());
    names.add(SEQUENCE_FLOW);
    return names;
  }

  /** All index names, e.g. to delete them in tests. */
  public List<String> all() {
    return entities().stream().map(this::name).toList();
  }

  /**
   * Puts every index template and creates the indices that do not exist yet. Safe to repeat; fields
   * added to the mappings since an index was created are added to it too (a field's changed type is
   * refused, naming it: that needs a new index).
   */
  public void create(ElasticsearchClient client) throws IOException {
    for (String entity : entities()) {
      String index = name(entity);
      String template =
          "{\"index_patterns\": [\""
              + index
              + "\"], \"priority\": 200,"
              + " \"template\": {\"settings\": {\"number_of_shards\": "
              + settings.shards()
              + ", \"number_of_replicas\": "
              + settings.replicas()
              + ", \"refresh_interval\": \""
              + settings.refreshInterval().toMillis()
              + "ms\"},"
              + " \"mappings\": "
              + mappings(entity)
              + "}}";
      client.indices().putIndexTemplate(t -> t.name(index).withJson(new StringReader(template)));
      if (!client.indices().exists(e -> e.index(index)).value()) {
        try {
          client.indices().create(c -> c.index(index));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
          if (!"resource_already_exists_exception".equals(e.error().type())) {
            throw e;
          }
        }
      } else {
        String mappings = mappings(entity);
        client.indices().putMapping(m -> m.index(index).withJson(new StringReader(mappings)));
      }
    }
    // searches right after creation would find no shard to ask
    client
        .cluster()
        .health(
            h ->
                h.index(all())
                    .waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
                    .timeout(t -> t.time("30s")));
  }

  private static String mappings(String entity) {
    String resource = "/elasticsearch/" + entity + ".json";
    try (InputStream in = ElasticsearchIndices.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Expected the mappings " + resource + ", but found none");
      }
      // parsed once to fail here, naming the file, rather than in the cluster
      return JsonValues.mapper()
          .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to read the mappings " + resource, e);
    }
  }
}

package org.tongxing.app.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the read side lives ({@code tongxing.search.*}): the search tables in the engine's
 * database, or an Elasticsearch cluster at {@code spring.elasticsearch.uris}.
 *
 * @param backend {@code database} (the default) or {@code elasticsearch}
 */
@ConfigurationProperties("tongxing.search")
public record SearchProperties(
    @DefaultValue("database") Backend backend, @DefaultValue Elasticsearch elasticsearch) {

  public enum Backend {
    DATABASE,
    ELASTICSEARCH
  }

  /**
   * @param indexPrefix indices are named {@code <prefix>-<entity>}
   * @param refreshInterval how soon an exported record is searchable at the latest
   * @param catchUpRefreshInterval how often the indices refresh while the export is behind (seldom:
   *     refreshing costs Elasticsearch more than indexing then)
   * @param shards primary shards per index
   * @param replicas replicas per shard
   */
  public record Elasticsearch(
      @DefaultValue("tongxing") String indexPrefix,
      @DefaultValue("200ms") Duration refreshInterval,
      @DefaultValue("1s") Duration catchUpRefreshInterval,
      @DefaultValue("1") int shards,
      @DefaultValue("0") int replicas) {}
}

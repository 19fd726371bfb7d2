package org.tongxing.search.elasticsearch;

import java.time.Duration;

/**
 * How the Elasticsearch backend names and sets up its indices.
 *
 * @param indexPrefix every index is named {@code <prefix>-<entity>}, e.g. {@code
 *     tongxing-user-task}; several installations can share a cluster with their own prefixes
 * @param refreshInterval how soon an exported record becomes searchable at the latest: the
 *     visibility target (1 s p99 from command to search) needs well under a second
 * @param catchUpRefreshInterval how often the indices refresh while the export is behind
 *     (RefreshPacing): less often, as what is exported then is some way behind already
 * @param shards primary shards per index
 * @param replicas replicas per shard (0 on a single node)
 */
public record ElasticsearchSettings(
    String indexPrefix,
    Duration refreshInterval,
    Duration catchUpRefreshInterval,
    int shards,
    int replicas) {

  public static ElasticsearchSettings defaults() {
    return new ElasticsearchSettings(
        "tongxing", Duration.ofMillis(200), Duration.ofSeconds(1), 1, 0);
  }

  public ElasticsearchSettings {
    if (indexPrefix == null || !indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException(
          "Expected an index prefix of lower-case letters,"
              + " digits, '-' and '_', but got '"
              + indexPrefix
              + "'");
    }
  }

  public ElasticsearchSettings withIndexPrefix(String prefix) {
    return new ElasticsearchSettings(
        prefix, refreshInterval, catchUpRefreshInterval, shards, replicas);
  }
}

package org.tongxing.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the indices less often while the export is behind. Every refresh writes a new segment
 * per index, which merges then rewrite: at the 200 ms that keeps searches within the visibility
 * target, refreshing and merging cost Elasticsearch more than indexing when the export catches up.
 * While chunks come full (more records wait), what is exported is already some way behind, so the
 * indices refresh every {@link ElasticsearchSettings#catchUpRefreshInterval()} (1 s, as
 * Elasticsearch's own default: as fast in the export-rate benchmark as 5 s); at the first chunk
 * that is not full they get their interval back and are refreshed at once.
 */
final class RefreshPacing {

  private static final Logger LOG = LoggerFactory.getLogger(RefreshPacing.class);

  /** Full chunks in a row before the interval is lengthened: a burst alone does not. */
  static final int FULL_CHUNKS_BEFORE_CATCH_UP = 3;

  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;
  private final ElasticsearchSettings settings;
  private int fullChunks;

  /** The interval the indices were last given; null before the first chunk (after a restart). */
  private Duration applied;

  RefreshPacing(
      ElasticsearchClient client, ElasticsearchIndices indices, ElasticsearchSettings settings) {
    this.client = client;
    this.indices = indices;
    this.settings = settings;
  }

  /** After a chunk was stored: whether it was full, i.e. more records wait. */
  void afterChunk(boolean full) {
    fullChunks = full ? fullChunks + 1 : 0;
    Duration wanted =
        fullChunks >= FULL_CHUNKS_BEFORE_CATCH_UP
            ? settings.catchUpRefreshInterval()
            : settings.refreshInterval();
    if (wanted.equals(applied) || (applied == null && full)) {
      return;
    }
    try {
      client
          .indices()
          .putSettings(
              s ->
                  s.index(indices.all())
                      .settings(i -> i.refreshInterval(t -> t.time(wanted.toMillis() + "ms"))));
      if (wanted.equals(settings.refreshInterval()) && applied != null) {
        // caught up: what was exported meanwhile is searchable now, not at the next interval
        client.indices().refresh(r -> r.index(indices.all()));
      }
      applied = wanted;
    } catch (IOException | RuntimeException e) {
      // the records are stored; the interval is tried again after the next chunk
      LOG.warn("Expected to set the refresh interval of the indices to {}, but failed", wanted, e);
    }
  }
}

package org.tongxing.benchmarks.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.tongxing.search.elasticsearch.ElasticsearchExporter;
import org.tongxing.search.elasticsearch.ElasticsearchIndices;
import org.tongxing.search.elasticsearch.ElasticsearchSearch;
import org.tongxing.search.elasticsearch.ElasticsearchSettings;

/**
 * The Elasticsearch backend of a benchmark: indices of a prefix of their own in the cluster at the
 * address given, deleted when done.
 */
public final class ElasticsearchBench implements AutoCloseable {

  private final RestClient restClient;
  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;

  /** Indices of a fresh prefix that starts with the given one. */
  ElasticsearchBench(String address, String prefix) {
    this(address, prefix, true);
  }

  private ElasticsearchBench(String address, String prefix, boolean fresh) {
    this.restClient = RestClient.builder(HttpHost.create(address)).build();
    this.client =
        new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    this.indices =
        new ElasticsearchIndices(
            ElasticsearchSettings.defaults()
                .withIndexPrefix(
                    fresh ? prefix + "-" + Long.toString(System.nanoTime(), 36) : prefix));
  }

  /** The indices of exactly this prefix (the app's, say), to delete them when done. */
  public static ElasticsearchBench of(String address, String prefix) {
    return new ElasticsearchBench(address, prefix, false);
  }

  ElasticsearchExporter exporter() {
    return new ElasticsearchExporter(client, indices);
  }

  ElasticsearchSearch search() {
    return new ElasticsearchSearch(client, indices);
  }

  /** Makes everything exported searchable now. */
  void refresh() throws IOException {
    client.indices().refresh(r -> r.index(indices.all()));
  }

  /** The bytes the indices take on disk (primaries and replicas). */
  long storeBytes() throws IOException {
    return client.indices().stats(s -> s.index(indices.all())).all().total().store().sizeInBytes();
  }

  /** Deletes the indices and closes the client. */
  @Override
  public void close() throws IOException {
    try {
      client.indices().delete(d -> d.index(indices.all()).ignoreUnavailable(true));
    } finally {
      restClient.close();
    }
  }
}

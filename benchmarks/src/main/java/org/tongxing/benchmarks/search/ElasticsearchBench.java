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
 * The Elasticsearch backend of a benchmark: indices of a prefix of their own in the cluster at
 * the address given, deleted when done.
 */
final class ElasticsearchBench implements AutoCloseable {

  private final RestClient restClient;
  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;

  ElasticsearchBench(String address, String prefix) {
    this.restClient = RestClient.builder(HttpHost.create(address)).build();
    this.client = new ElasticsearchClient(new RestClientTransport(restClient,
        new JacksonJsonpMapper()));
    this.indices = new ElasticsearchIndices(ElasticsearchSettings.defaults()
        .withIndexPrefix(prefix + "-" + Long.toString(System.nanoTime(), 36)));
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

  @Override
  public void close() throws IOException {
    try {
      client.indices().delete(d -> d.index(indices.all()).ignoreUnavailable(true));
    } finally {
      restClient.close();
    }
  }
}

package org.tongxing.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.util.List;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.node.EmbeddedElasticsearchNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** While chunks come full the indices refresh seldom; at the first that is not, as configured. */
class RefreshPacingTest {

  private RestClient restClient;
  private ElasticsearchClient client;
  private ElasticsearchIndices indices;
  private RefreshPacing pacing;

  @BeforeEach
  void createIndices() throws IOException {
    restClient =
        RestClient.builder(HttpHost.create(EmbeddedElasticsearchNode.shared().uri())).build();
    client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    indices =
        new ElasticsearchIndices(
            ElasticsearchSettings.defaults()
                .withIndexPrefix("pacing-" + Long.toString(System.nanoTime(), 36)));
    indices.create(client);
    pacing = new RefreshPacing(client, indices, indices.settings());
  }

  @AfterEach
  void deleteIndices() throws IOException {
    client.indices().delete(d -> d.index(indices.all()).ignoreUnavailable(true));
    restClient.close();
  }

  @Test
  void shouldRefreshSeldomWhileBehindAndAsConfiguredOnceCaughtUp() throws IOException {
    // a full chunk or two is a burst: the interval stays
    pacing.afterChunk(false);
    pacing.afterChunk(true);
    pacing.afterChunk(true);
    assertThat(refreshIntervals()).containsOnly("200ms");

    // the third full chunk in a row: behind, every index refreshes every second
    pacing.afterChunk(true);
    assertThat(refreshIntervals()).hasSize(indices.all().size()).containsOnly("1000ms");

    // the first chunk that is not full: caught up, every index back to 200 ms
    pacing.afterChunk(false);
    assertThat(refreshIntervals()).containsOnly("200ms");
  }

  @Test
  void shouldSetTheConfiguredIntervalAfterARestartThatLeftTheCatchUpOne() throws IOException {
    // given indices left at the catch-up interval by an exporter that stopped while behind
    RefreshPacing before = new RefreshPacing(client, indices, indices.settings());
    before.afterChunk(false);
    for (int i = 0; i < RefreshPacing.FULL_CHUNKS_BEFORE_CATCH_UP; i++) {
      before.afterChunk(true);
    }
    assertThat(refreshIntervals()).containsOnly("1000ms");

    // when a fresh exporter's first chunk is not full, the configured interval is back
    pacing.afterChunk(false);
    assertThat(refreshIntervals()).containsOnly("200ms");
  }

  private List<String> refreshIntervals() throws IOException {
    return client.indices().getSettings(s -> s.index(indices.all())).result().values().stream()
        .map(state -> state.settings().index().refreshInterval().time())
        .toList();
  }
}

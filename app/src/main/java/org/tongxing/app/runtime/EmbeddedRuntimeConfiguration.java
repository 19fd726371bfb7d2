package org.tongxing.app.runtime;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.SnapshotPolicy;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.elasticsearch.ElasticsearchExporter;
import org.tongxing.search.elasticsearch.ElasticsearchIndices;
import org.tongxing.search.elasticsearch.ElasticsearchSearch;
import org.tongxing.search.elasticsearch.ElasticsearchSettings;
import org.tongxing.search.projection.SearchProjection;
import org.tongxing.search.query.JdbcSearch;
import org.tongxing.search.query.SearchBackend;

/**
 * The embedded runtime: our engine in this JVM, its log in the app's database (an H2 file by
 * default, PostgreSQL in production), its Camunda 8 REST API on the app's port, and its read side
 * where {@code tongxing.search.backend} says: the search tables in the same database, or
 * Elasticsearch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedRuntime
@EnableConfigurationProperties(SearchProperties.class)
public class EmbeddedRuntimeConfiguration {

  @Bean(destroyMethod = "close")
  public Engine engine(
      DataSource dataSource,
      Exporter searchExporter,
      @Value("${tongxing.engine.zone:Asia/Shanghai}") String zone,
      @Value("${tongxing.engine.snapshot.period:5m}") java.time.Duration snapshotPeriod,
      @Value("${tongxing.engine.snapshot.records:250000}") long snapshotRecords,
      @Value("${tongxing.engine.snapshot.compact-log:true}") boolean compactLog,
      @Value("${tongxing.engine.flow-control.max-export-delay:500ms}")
          java.time.Duration maxExportDelay) {
    return Engine.start(
        EngineConfiguration.of(dataSource)
            .withExporter(searchExporter)
            .withZone(ZoneId.of(zone))
            .withMaxExportDelay(maxExportDelay)
            .withSnapshots(new SnapshotPolicy(snapshotPeriod, snapshotRecords, compactLog)));
  }

  /** Feeds the read side with the engine's records. */
  @Bean
  public Exporter searchExporter(
      SearchProperties search,
      DataSource dataSource,
      ObjectProvider<ElasticsearchClient> elasticsearch) {
    return switch (search.backend()) {
      case DATABASE -> {
        SearchSchema.migrate(dataSource);
        yield new SearchProjection(dataSource);
      }
      case ELASTICSEARCH -> new ElasticsearchExporter(elasticsearch.getObject(), indices(search));
    };
  }

  @Bean
  public SearchBackend searchBackend(
      SearchProperties search,
      DataSource dataSource,
      ObjectProvider<ElasticsearchClient> elasticsearch) {
    return switch (search.backend()) {
      case DATABASE -> new JdbcSearch(dataSource);
      case ELASTICSEARCH -> new ElasticsearchSearch(elasticsearch.getObject(), indices(search));
    };
  }

  private static ElasticsearchIndices indices(SearchProperties search) {
    SearchProperties.Elasticsearch settings = search.elasticsearch();
    return new ElasticsearchIndices(
        new ElasticsearchSettings(
            settings.indexPrefix(),
            settings.refreshInterval(),
            settings.catchUpRefreshInterval(),
            settings.shards(),
            settings.replicas()));
  }
}

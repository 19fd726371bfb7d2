package org.tongxing.app.runtime;

import java.time.ZoneId;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxing.engine.Engine;
import org.tongxing.engine.EngineConfiguration;
import org.tongxing.engine.SnapshotPolicy;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.search.SearchSchema;
import org.tongxing.search.projection.SearchProjection;
import org.tongxing.search.query.JdbcSearch;
import org.tongxing.search.query.SearchBackend;

/**
 * The embedded runtime: our engine in this JVM, its log and the search tables in the app's
 * database (an H2 file by default, PostgreSQL in production), its Camunda 8 REST API on the
 * app's port.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedRuntime
public class EmbeddedRuntimeConfiguration {

  @Bean(destroyMethod = "close")
  public Engine engine(DataSource dataSource,
      @Value("${tongxing.engine.zone:Asia/Shanghai}") String zone,
      @Value("${tongxing.engine.snapshot.period:5m}") java.time.Duration snapshotPeriod,
      @Value("${tongxing.engine.snapshot.records:250000}") long snapshotRecords,
      @Value("${tongxing.engine.snapshot.compact-log:true}") boolean compactLog) {
    SearchSchema.migrate(dataSource);
    return Engine.start(EngineConfiguration.of(dataSource)
        .withExporter(new SearchProjection(dataSource))
        .withZone(ZoneId.of(zone))
        .withSnapshots(new SnapshotPolicy(snapshotPeriod, snapshotRecords, compactLog)));
  }

  @Bean
  public SearchBackend searchBackend(DataSource dataSource) {
    return new JdbcSearch(dataSource);
  }
}

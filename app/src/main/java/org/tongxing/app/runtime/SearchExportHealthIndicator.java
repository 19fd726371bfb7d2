package org.tongxing.app.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.tongxing.engine.Engine;
import org.tongxing.engine.exporter.ExporterDirector;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;

/**
 * {@code /actuator/health} component {@code searchExport}: whether the read side takes what the
 * engine exports. DOWN while the exporter fails (Elasticsearch unreachable, say) with how far it
 * got, how many records it is behind and why; the engine goes on meanwhile, and the exporter
 * retries with back-off and catches up. While an exporter is behind, {@code writeRateLimit} says
 * how many records a second the engine is held to (docs/export-flow-control.md). Not part of the
 * liveness or readiness probes: a restart would not bring Elasticsearch back.
 */
@Component("searchExportHealthIndicator")
@ConditionalOnEmbeddedRuntime
public class SearchExportHealthIndicator implements HealthIndicator {

  private final Engine engine;

  public SearchExportHealthIndicator(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up();
    engine.writeRateLimit().ifPresent(limit -> health.withDetail("writeRateLimit", (long) limit));
    for (ExporterDirector.ExporterStatus status : engine.exporterStatus()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("position", status.position());
      details.put("lag", status.lag());
      details.put("queueDrops", status.queueDrops());
      if (status.failure() != null) {
        health.down();
        details.put("failingSince", status.failingSince().toString());
        details.put("lastError", status.failure());
      }
      health.withDetail(status.exporterId(), details);
    }
    return health.build();
  }
}

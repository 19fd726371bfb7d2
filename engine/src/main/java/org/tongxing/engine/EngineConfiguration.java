package org.tongxing.engine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.tongxing.engine.exporter.Exporter;

/**
 * How to build an {@link Engine}.
 *
 * @param dataSource the engine's database (H2 file or PostgreSQL); migrated at start
 * @param exporters who receives the records (the search projection, Elasticsearch, ...)
 * @param systemClock the wall clock (epoch ms); tests may pass their own
 * @param zone the zone FEEL uses for {@code now()} and {@code today()}
 * @param queueCapacity commands waiting for the writer before new ones are refused
 * @param snapshots when the state is snapshotted, so that start-up replays only the log after
 */
public record EngineConfiguration(
    DataSource dataSource,
    List<Exporter> exporters,
    LongSupplier systemClock,
    ZoneId zone,
    int queueCapacity,
    SnapshotPolicy snapshots) {

  public static EngineConfiguration of(DataSource dataSource) {
    return new EngineConfiguration(
        dataSource,
        List.of(),
        System::currentTimeMillis,
        ZoneId.systemDefault(),
        10_000,
        SnapshotPolicy.DEFAULT);
  }

  public EngineConfiguration withExporter(Exporter exporter) {
    List<Exporter> all = new ArrayList<>(exporters);
    all.add(exporter);
    return new EngineConfiguration(
        dataSource, List.copyOf(all), systemClock, zone, queueCapacity, snapshots);
  }

  public EngineConfiguration withZone(ZoneId zone) {
    return new EngineConfiguration(
        dataSource, exporters, systemClock, zone, queueCapacity, snapshots);
  }

  public EngineConfiguration withSnapshots(SnapshotPolicy policy) {
    return new EngineConfiguration(dataSource, exporters, systemClock, zone, queueCapacity, policy);
  }
}

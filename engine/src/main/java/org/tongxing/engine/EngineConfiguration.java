package org.tongxing.engine;

import java.time.Duration;
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
 * @param maxExportDelay how far behind (the age of its oldest record not stored) an exporter may
 *     fall before the writer slows down to its rate, so that searches stay current under load
 *     ({@link org.tongxing.engine.exporter.ExportFlowControl}); zero: never
 */
public record EngineConfiguration(
    DataSource dataSource,
    List<Exporter> exporters,
    LongSupplier systemClock,
    ZoneId zone,
    int queueCapacity,
    SnapshotPolicy snapshots,
    Duration maxExportDelay) {

  /** The default {@link #maxExportDelay}: searches within a second of the engine, with margin. */
  public static final Duration DEFAULT_MAX_EXPORT_DELAY = Duration.ofMillis(500);

  public static EngineConfiguration of(DataSource dataSource) {
    return new EngineConfiguration(
        dataSource,
        List.of(),
        System::currentTimeMillis,
        ZoneId.systemDefault(),
        10_000,
        SnapshotPolicy.DEFAULT,
        DEFAULT_MAX_EXPORT_DELAY);
  }

  public EngineConfiguration withExporter(Exporter exporter) {
    List<Exporter> all = new ArrayList<>(exporters);
    all.add(exporter);
    return new EngineConfiguration(
        dataSource, List.copyOf(all), systemClock, zone, queueCapacity, snapshots, maxExportDelay);
  }

  public EngineConfiguration withZone(ZoneId zone) {
    return new EngineConfiguration(
        dataSource, exporters, systemClock, zone, queueCapacity, snapshots, maxExportDelay);
  }

  public EngineConfiguration withSnapshots(SnapshotPolicy policy) {
    return new EngineConfiguration(
        dataSource, exporters, systemClock, zone, queueCapacity, policy, maxExportDelay);
  }

  public EngineConfiguration withMaxExportDelay(Duration delay) {
    return new EngineConfiguration(
        dataSource, exporters, systemClock, zone, queueCapacity, snapshots, delay);
  }
}

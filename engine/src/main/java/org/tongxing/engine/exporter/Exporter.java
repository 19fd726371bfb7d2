package org.tongxing.engine.exporter;

import java.util.List;
import org.tongxing.engine.record.Record;

/**
 * Receives the engine's records in log order, at least once: after a crash, records after the last
 * acknowledged position are exported again, so an exporter must be idempotent.
 */
public interface Exporter {

  /** A stable id under which the exported position is kept. */
  String id();

  default void open() {}

  /**
   * Exports records in order. Returning means they are stored; throwing means none of them may be
   * assumed stored, and the same records come again after a back-off.
   */
  void export(List<Record> records) throws Exception;

  default void close() {}

  /**
   * The most records one {@link #export} call gets. Larger chunks fold more changes of one entity
   * into one write, and cost fewer round trips to a remote store.
   */
  default int maxRecordsPerExport() {
    return 2_000;
  }
}

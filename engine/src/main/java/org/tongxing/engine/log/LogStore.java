package org.tongxing.engine.log;

import java.util.List;
import java.util.function.Consumer;
import org.tongxing.engine.record.Record;

/** The engine's durable, append-only log of records: the single source of truth. */
public interface LogStore extends AutoCloseable {

  /**
   * Appends a batch of records atomically.
   *
   * @throws LogStoreException when the batch could not be made durable; then none of it is
   */
  void append(List<Record> batch);

  /** Reads every record at or after the position, in order. */
  default void replay(long fromPosition, Consumer<Record> consumer) {
    try (LogReadAhead records = readFrom(fromPosition)) {
      records.forEach(consumer);
    }
  }

  /**
   * Starts reading the records at or after the position, ahead of {@link LogReadAhead#forEach};
   * close it to stop.
   */
  LogReadAhead readFrom(long fromPosition);

  /**
   * Deletes the batches that end at or before the position: a snapshot holds their effects and
   * every exporter has them.
   */
  void deleteUpTo(long position);

  /** The position of the last durable record, or 0 for an empty log. */
  long lastPosition();

  @Override
  void close();
}

package org.tongxing.benchmarks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.ValueType;

/**
 * An exporter beside the search side's: counts the engine's records, hands the keys of created user
 * tasks to the filler, and keeps the records written at the given instants (a recorded case's).
 */
final class EngineRecords implements Exporter {
  private final LinkedBlockingQueue<Long> createdTasks = new LinkedBlockingQueue<>();
  private final List<Record> recorded = new ArrayList<>();
  private final long recordedStart;
  private final long recordedEnd;
  private volatile long count;
  private volatile boolean recording = true;

  EngineRecords(long recordedStart, long recordedEnd) {
    this.recordedStart = recordedStart;
    this.recordedEnd = recordedEnd;
  }

  /** Records nothing, only counts and hands over tasks. */
  EngineRecords() {
    this(Long.MIN_VALUE, Long.MIN_VALUE);
    recording = false;
  }

  @Override
  public String id() {
    return "bench-engine-records";
  }

  @Override
  public void export(List<Record> records) {
    for (Record record : records) {
      if (record.intent() == UserTaskIntent.CREATED
          && record.value() instanceof UserTaskRecord task) {
        createdTasks.add(task.userTaskKey());
      }
      if (recording
          && record.valueType() != ValueType.CLOCK
          && (record.timestamp() == recordedStart || record.timestamp() == recordedEnd)) {
        recorded.add(record);
      }
    }
    count = records.get(records.size() - 1).position();
  }

  /** The position of the last record: how many the engine wrote. */
  long count() {
    return count;
  }

  LinkedBlockingQueue<Long> createdTasks() {
    return createdTasks;
  }

  /** The records kept; keeps no more. */
  List<Record> recorded() {
    recording = false;
    return List.copyOf(recorded);
  }
}

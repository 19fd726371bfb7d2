package org.tongxing.engine.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Intent;
import org.tongxing.engine.record.Record;

/** Collects exported records so tests can assert on what the engine did. */
public final class RecordingExporter implements Exporter {

  private final List<Record> records = new ArrayList<>();

  @Override
  public String id() {
    return "recording";
  }

  @Override
  public synchronized void export(List<Record> batch) {
    records.addAll(batch);
  }

  public synchronized List<Record> records() {
    return List.copyOf(records);
  }

  public synchronized List<Record> records(Predicate<Record> filter) {
    return records.stream().filter(filter).toList();
  }

  public static Predicate<Record> intent(Intent intent) {
    return record -> record.intent() == intent;
  }
}

package org.tongxing.engine.record;

/**
 * One state change of the engine, as written to the log and handed to exporters.
 *
 * @param position the record's place in the log; strictly increasing, without gaps
 * @param timestamp engine clock time (epoch milliseconds) when the record was written
 * @param key the key of the entity the record is about (element instance, job, user task, ...)
 * @param intent what happened
 * @param value the entity's state after the change
 */
public record Record(long position, long timestamp, long key, Intent intent, RecordValue value) {

  public ValueType valueType() {
    return intent.valueType();
  }

  @SuppressWarnings("unchecked")
  public <T extends RecordValue> T valueAs(Class<T> type) {
    return (T) value;
  }
}

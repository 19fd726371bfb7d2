package org.tongxing.engine.record;

public enum JobIntent implements Intent {
  CREATED,
  ACTIVATED,
  COMPLETED,
  FAILED,
  RECURRED_AFTER_BACKOFF,
  TIMED_OUT,
  YIELDED,
  RETRIES_UPDATED,
  TIMEOUT_UPDATED,
  ERROR_THROWN,
  CANCELED;

  @Override
  public ValueType valueType() {
    return ValueType.JOB;
  }
}

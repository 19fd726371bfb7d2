package org.tongxing.engine.record;

public enum UserTaskIntent implements Intent {
  CREATED,
  ASSIGNED,
  UPDATED,
  COMPLETED,
  CANCELED;

  @Override
  public ValueType valueType() {
    return ValueType.USER_TASK;
  }
}

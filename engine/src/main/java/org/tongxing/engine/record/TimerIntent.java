package org.tongxing.engine.record;

public enum TimerIntent implements Intent {
  CREATED,
  TRIGGERED,
  CANCELED;

  @Override
  public ValueType valueType() {
    return ValueType.TIMER;
  }
}

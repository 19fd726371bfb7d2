package org.tongxing.engine.record;

public enum ClockIntent implements Intent {
  PINNED,
  RESET;

  @Override
  public ValueType valueType() {
    return ValueType.CLOCK;
  }
}

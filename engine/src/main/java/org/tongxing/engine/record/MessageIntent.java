package org.tongxing.engine.record;

public enum MessageIntent implements Intent {
  PUBLISHED,
  EXPIRED;

  @Override
  public ValueType valueType() {
    return ValueType.MESSAGE;
  }
}

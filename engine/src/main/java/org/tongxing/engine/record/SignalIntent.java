package org.tongxing.engine.record;

public enum SignalIntent implements Intent {
  BROADCASTED;

  @Override
  public ValueType valueType() {
    return ValueType.SIGNAL;
  }
}

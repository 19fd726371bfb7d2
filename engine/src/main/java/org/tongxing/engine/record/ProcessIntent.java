package org.tongxing.engine.record;

public enum ProcessIntent implements Intent {
  CREATED;

  @Override
  public ValueType valueType() {
    return ValueType.PROCESS;
  }
}

package org.tongxing.engine.record;

public enum VariableIntent implements Intent {
  CREATED,
  UPDATED;

  @Override
  public ValueType valueType() {
    return ValueType.VARIABLE;
  }
}

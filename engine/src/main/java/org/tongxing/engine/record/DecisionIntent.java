package org.tongxing.engine.record;

public enum DecisionIntent implements Intent {
  CREATED;

  @Override
  public ValueType valueType() {
    return ValueType.DECISION;
  }
}

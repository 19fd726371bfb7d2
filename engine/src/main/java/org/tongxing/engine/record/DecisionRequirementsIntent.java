package org.tongxing.engine.record;

public enum DecisionRequirementsIntent implements Intent {
  CREATED;

  @Override
  public ValueType valueType() {
    return ValueType.DECISION_REQUIREMENTS;
  }
}

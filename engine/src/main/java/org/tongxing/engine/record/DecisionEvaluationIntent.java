package org.tongxing.engine.record;

public enum DecisionEvaluationIntent implements Intent {
  EVALUATED,
  FAILED;

  @Override
  public ValueType valueType() {
    return ValueType.DECISION_EVALUATION;
  }
}

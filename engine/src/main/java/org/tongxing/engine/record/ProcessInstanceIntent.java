package org.tongxing.engine.record;

public enum ProcessInstanceIntent implements Intent {
  ELEMENT_ACTIVATING,
  ELEMENT_ACTIVATED,
  ELEMENT_COMPLETING,
  ELEMENT_COMPLETED,
  ELEMENT_TERMINATING,
  ELEMENT_TERMINATED,
  SEQUENCE_FLOW_TAKEN;

  @Override
  public ValueType valueType() {
    return ValueType.PROCESS_INSTANCE;
  }
}

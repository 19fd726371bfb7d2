package org.tongxing.engine.record;

public enum FormIntent implements Intent {
  CREATED;

  @Override
  public ValueType valueType() {
    return ValueType.FORM;
  }
}

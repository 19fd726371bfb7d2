package org.tongxing.engine.record;

/**
 * Variables set on a user task's element instance that has updating listeners: UPDATING keeps them
 * until the listeners ran; UPDATED sets them, UPDATE_DENIED drops them.
 */
public enum VariableDocumentIntent implements Intent {
  UPDATING,
  UPDATED,
  UPDATE_DENIED;

  @Override
  public ValueType valueType() {
    return ValueType.VARIABLE_DOCUMENT;
  }
}

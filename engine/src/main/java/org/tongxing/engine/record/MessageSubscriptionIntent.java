package org.tongxing.engine.record;

public enum MessageSubscriptionIntent implements Intent {
  CREATED,
  CORRELATED,
  DELETED;

  @Override
  public ValueType valueType() {
    return ValueType.MESSAGE_SUBSCRIPTION;
  }
}

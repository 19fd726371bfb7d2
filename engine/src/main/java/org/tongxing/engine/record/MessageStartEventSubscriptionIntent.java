package org.tongxing.engine.record;

public enum MessageStartEventSubscriptionIntent implements Intent {
  CREATED,
  CORRELATED,
  DELETED;

  @Override
  public ValueType valueType() {
    return ValueType.MESSAGE_START_EVENT_SUBSCRIPTION;
  }
}

package org.tongxing.engine.record;

public enum SignalSubscriptionIntent implements Intent {
  CREATED,
  DELETED;

  @Override
  public ValueType valueType() {
    return ValueType.SIGNAL_SUBSCRIPTION;
  }
}

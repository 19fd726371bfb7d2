package org.tongxing.engine.record;

public enum IncidentIntent implements Intent {
  CREATED,
  RESOLVED;

  @Override
  public ValueType valueType() {
    return ValueType.INCIDENT;
  }
}

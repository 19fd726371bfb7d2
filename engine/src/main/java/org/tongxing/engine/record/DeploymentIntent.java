package org.tongxing.engine.record;

public enum DeploymentIntent implements Intent {
  CREATED;

  @Override
  public ValueType valueType() {
    return ValueType.DEPLOYMENT;
  }
}

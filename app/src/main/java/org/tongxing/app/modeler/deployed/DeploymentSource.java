package org.tongxing.app.modeler.deployed;

/** Who made a deployment: a policy owner in the modeler, or the app at start-up. */
public enum DeploymentSource {
  MODELER,
  /** The repository's workflows/ and forms/, deployed when the app starts. */
  STARTUP
}

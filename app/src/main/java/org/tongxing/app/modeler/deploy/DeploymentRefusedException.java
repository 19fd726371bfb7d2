package org.tongxing.app.modeler.deploy;

import org.tongxing.app.modeler.check.CheckReport;

/**
 * A deployment that did not happen: the checks found errors, or the engine refused it (its words in
 * the message). Nothing was deployed or recorded.
 */
public class DeploymentRefusedException extends RuntimeException {

  private final CheckReport checks;

  public DeploymentRefusedException(String message, CheckReport checks) {
    super(message);
    this.checks = checks;
  }

  public CheckReport checks() {
    return checks;
  }
}

package org.tongxing.app.modeler.check;

/** An error stops a deployment; a warning is shown and lets it go ahead. */
public enum Severity {
  ERROR,
  WARNING
}

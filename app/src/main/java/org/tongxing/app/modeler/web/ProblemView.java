package org.tongxing.app.modeler.web;

/**
 * A check's problem as the page and the editor show it: the message in the reader's language, where
 * it is, and the engine's own words.
 */
public record ProblemView(
    String severity,
    String code,
    String fileName,
    String elementId,
    String elementLabel,
    String message,
    String detail) {

  public boolean error() {
    return "ERROR".equals(severity);
  }
}

package org.tongxing.app.modeler.check;

import java.util.List;

/**
 * One problem a check found, at a file and (when it has one) an element.
 *
 * @param code the kind of problem; the page's text is the message {@code modeler.check.<code>} with
 *     {@code arguments}
 * @param elementId the BPMN element, DMN rule or form component; null for the file as a whole
 * @param detail the engine's or library's own words (English), shown beside the message; may be
 *     null
 */
public record Problem(
    Severity severity,
    String code,
    String fileName,
    String elementId,
    String elementLabel,
    List<String> arguments,
    String detail) {

  public Problem {
    arguments = List.copyOf(arguments);
  }

  public static Problem error(
      String code,
      String fileName,
      String elementId,
      String elementLabel,
      String detail,
      String... arguments) {
    return new Problem(
        Severity.ERROR, code, fileName, elementId, elementLabel, List.of(arguments), detail);
  }

  public static Problem warning(
      String code,
      String fileName,
      String elementId,
      String elementLabel,
      String detail,
      String... arguments) {
    return new Problem(
        Severity.WARNING, code, fileName, elementId, elementLabel, List.of(arguments), detail);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** For logs and test messages: "ERROR clause-missing at living-allowance.bpmn#Task_X". */
  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " at "
        + fileName
        + (elementId == null ? "" : "#" + elementId)
        + " "
        + arguments
        + (detail == null ? "" : ": " + detail);
  }
}

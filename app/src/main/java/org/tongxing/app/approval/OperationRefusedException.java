package org.tongxing.app.approval;

import java.util.List;

/**
 * An approval operation refused for a reason the user can act on (a missing opinion, a colleague
 * who is not in the directory, a task that is not theirs). The code is a message; the field, when
 * given, is the form field the message belongs to.
 */
public class OperationRefusedException extends RuntimeException {

  private final String field;
  private final String code;
  private final List<Object> arguments;

  public OperationRefusedException(String field, String code, Object... arguments) {
    super("Approval operation refused: " + code + (field == null ? "" : " (" + field + ")"));
    this.field = field;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }
}

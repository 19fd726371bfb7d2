package org.tongxing.app.approval;

/** The rule every operation's opinion or reason (审批意见, 退回理由) follows. */
final class Opinions {

  static final int MIN = 2;
  static final int MAX = 500;

  private Opinions() {}

  /** The stripped opinion; refused naming the field when it is missing, too short or too long. */
  static String required(String field, String opinion) {
    String text = opinion == null ? "" : opinion.strip();
    if (text.isEmpty()) {
      throw new OperationRefusedException(field, "operation.error.opinionRequired");
    }
    int length = text.codePointCount(0, text.length());
    if (length < MIN || length > MAX) {
      throw new OperationRefusedException(
          field, "operation.error.opinionLength", String.valueOf(MIN), String.valueOf(MAX));
    }
    return text;
  }

  /** An optional note: stripped, at most {@link #MAX} characters. */
  static String optional(String field, String note) {
    String text = note == null ? "" : note.strip();
    if (text.codePointCount(0, text.length()) > MAX) {
      throw new OperationRefusedException(field, "operation.error.noteLength", String.valueOf(MAX));
    }
    return text.isEmpty() ? null : text;
  }
}

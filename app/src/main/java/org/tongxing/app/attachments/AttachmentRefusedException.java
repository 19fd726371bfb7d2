package org.tongxing.app.attachments;

import java.util.List;

/** An upload refused for a reason the user can act on; the code is the message shown. */
public class AttachmentRefusedException extends RuntimeException {

  private final String code;
  private final List<String> arguments;

  public AttachmentRefusedException(String code, String... arguments) {
    super("Attachment refused: " + code + " " + List.of(arguments));
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public String code() {
    return code;
  }

  public List<String> arguments() {
    return arguments;
  }
}

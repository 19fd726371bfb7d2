package org.tongxing.app.tasklist.views;

/** A saved view that cannot be stored or found; the code is the message shown to the user. */
public class InvalidSavedViewException extends RuntimeException {

  public static final String NAME_REQUIRED = "views.error.nameRequired";
  public static final String NAME_TOO_LONG = "views.error.nameTooLong";
  public static final String QUERY_TOO_LONG = "views.error.queryTooLong";
  public static final String TOO_MANY = "views.error.tooMany";
  public static final String NOT_FOUND = "views.error.notFound";

  private final String code;

  public InvalidSavedViewException(String code) {
    super("Saved view refused: " + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}

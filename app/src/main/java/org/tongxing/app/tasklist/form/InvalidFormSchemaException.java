package org.tongxing.app.tasklist.form;

/** The form JSON is not a Camunda form at all; single odd components never cause this. */
public class InvalidFormSchemaException extends RuntimeException {

  public InvalidFormSchemaException(String message) {
    super(message);
  }

  public InvalidFormSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}

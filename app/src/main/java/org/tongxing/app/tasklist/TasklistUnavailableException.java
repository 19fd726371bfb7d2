package org.tongxing.app.tasklist;

/** The engine could not be reached or failed; the user can only try again later. */
public class TasklistUnavailableException extends RuntimeException {

  public TasklistUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.tongxing.app.modeler.draft;

/** No draft (or no version of it) of that number: answered with 404. */
public class DraftNotFoundException extends RuntimeException {

  public DraftNotFoundException(String message) {
    super(message);
  }
}

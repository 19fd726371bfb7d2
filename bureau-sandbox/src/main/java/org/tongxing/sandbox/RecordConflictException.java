package org.tongxing.sandbox;

/**
 * A change that the record's current state does not allow (for example suspending an institution
 * that has left the scheme); answered as 409 problem JSON.
 */
public class RecordConflictException extends RuntimeException {

  public RecordConflictException(String message) {
    super(message);
  }
}

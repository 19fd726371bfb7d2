package org.tongxing.app.monitoring;

/** A process instance, definition or incident the search side does not know (404). */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String what, long key) {
    super("Expected a " + what + " with key " + key + ", but found none");
  }
}

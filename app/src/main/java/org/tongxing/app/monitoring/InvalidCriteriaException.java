package org.tongxing.app.monitoring;

/**
 * A filter a person entered that cannot be searched for: the page shows the message (a key of
 * the message bundle) beside the form.
 */
public class InvalidCriteriaException extends RuntimeException {

  private final String messageCode;
  private final transient Object argument;

  public InvalidCriteriaException(String messageCode, Object argument) {
    super("Expected a searchable filter, but " + messageCode + ": " + argument);
    this.messageCode = messageCode;
    this.argument = argument;
  }

  public String messageCode() {
    return messageCode;
  }

  public Object argument() {
    return argument;
  }
}

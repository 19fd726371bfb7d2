package org.tongxing.app.monitoring;

/**
 * A filter a person entered that cannot be searched for: the page shows the message (a key of the
 * message bundle) beside the form, linked to the field it names (or to the form).
 */
public class InvalidCriteriaException extends RuntimeException {

  private final String fieldId;
  private final String messageCode;
  private final transient Object argument;

  public InvalidCriteriaException(String messageCode, Object argument) {
    this(null, messageCode, argument);
  }

  /**
   * @param fieldId the id of the input (or form) the problem is about, or {@code null}
   */
  public InvalidCriteriaException(String fieldId, String messageCode, Object argument) {
    super("Expected a searchable filter, but " + messageCode + ": " + argument);
    this.fieldId = fieldId;
    this.messageCode = messageCode;
    this.argument = argument;
  }

  /** The id the problem links to, {@code otherwise} when the search did not say. */
  public String fieldIdOr(String otherwise) {
    return fieldId == null ? otherwise : fieldId;
  }

  public String messageCode() {
    return messageCode;
  }

  public Object argument() {
    return argument;
  }
}

package org.tongxing.app.tasklist.form;

/**
 * One entry of a radio group or select.
 *
 * @param value the value the variable gets, typed as in the form (usually a string)
 */
public record ChoiceOption(String label, Object value) {

  /** The value as the HTML form submits it. */
  public String formValue() {
    return String.valueOf(value);
  }
}

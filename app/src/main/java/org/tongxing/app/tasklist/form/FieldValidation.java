package org.tongxing.app.tasklist.form;

import java.math.BigDecimal;

/**
 * The {@code validate} block of a form component. Absent rules are {@code null}.
 *
 * @param pattern a regular expression that must occur in the value (Camunda Forms tests with {@code
 *     RegExp.test}, which is not anchored; add {@code ^…$} in the form for a full match)
 */
public record FieldValidation(
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    BigDecimal min,
    BigDecimal max) {

  public static final FieldValidation NONE =
      new FieldValidation(false, null, null, null, null, null);
}

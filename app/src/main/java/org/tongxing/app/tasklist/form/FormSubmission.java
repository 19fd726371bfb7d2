package org.tongxing.app.tasklist.form;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the strings a browser submitted against a form's rules and turns them into typed
 * variables: numbers become numbers, checkboxes booleans, choices the option's value. The rules
 * follow Camunda Forms: lengths count the trimmed text, a pattern must occur in the value, and
 * empty optional fields pass. Read-only fields are never taken from the request: the user did not
 * decide them, and a forged request must not change them.
 */
public final class FormSubmission {

  public static final String REQUIRED = "form.error.required";
  public static final String REQUIRED_CHOICE = "form.error.requiredChoice";
  public static final String REQUIRED_CHECKBOX = "form.error.requiredCheckbox";
  public static final String MIN_LENGTH = "form.error.minLength";
  public static final String MAX_LENGTH = "form.error.maxLength";
  public static final String PATTERN = "form.error.pattern";
  public static final String NOT_A_NUMBER = "form.error.number";
  public static final String DECIMAL_DIGITS = "form.error.decimalDigits";
  public static final String MIN = "form.error.min";
  public static final String MAX = "form.error.max";
  public static final String UNKNOWN_CHOICE = "form.error.choice";

  private FormSubmission() {}

  /**
   * @param submitted the raw value per field key; a checkbox that was not ticked is absent
   */
  public static SubmissionResult validate(FormSchema schema, Map<String, String> submitted) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<String, String> entered = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (FormComponent field : schema.inputs()) {
      if (!field.isEditableInput()) {
        continue;
      }
      String raw = submitted.getOrDefault(field.key(), "");
      entered.put(field.key(), raw);
      Checked checked =
          switch (field.kind()) {
            case TEXTFIELD, TEXTAREA -> text(field, raw);
            case NUMBER -> number(field, raw);
            case RADIO, SELECT -> choice(field, raw);
            case CHECKBOX -> checkbox(field, raw);
            default ->
                throw new IllegalStateException(
                    "Expected an input component, but got " + field.kind() + " for " + field.key());
          };
      // a key with dots is a path into a variable (employer.name), as in Camunda Forms
      checked
          .error()
          .ifPresentOrElse(
              errors::add, () -> FieldPaths.put(variables, field.key(), checked.value()));
    }
    return new SubmissionResult(variables, entered, errors);
  }

  private static Checked text(FormComponent field, String raw) {
    String value = field.kind() == ComponentKind.TEXTAREA ? raw.replace("\r\n", "\n") : raw;
    String trimmed = value.strip();
    FieldValidation rules = field.validation();
    if (trimmed.isEmpty()) {
      return rules.required() ? refuse(field, REQUIRED) : accept(value);
    }
    int length = trimmed.codePointCount(0, trimmed.length());
    if (rules.minLength() != null && length < rules.minLength()) {
      return refuse(field, MIN_LENGTH, rules.minLength());
    }
    if (rules.maxLength() != null && length > rules.maxLength()) {
      return refuse(field, MAX_LENGTH, rules.maxLength());
    }
    if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(value).find()) {
      return refuse(field, PATTERN);
    }
    return accept(value);
  }

  private static Checked number(FormComponent field, String raw) {
    // full-width digits from a Chinese input method are still digits
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    FieldValidation rules = field.validation();
    if (text.isEmpty()) {
      return rules.required() ? refuse(field, REQUIRED) : accept(null);
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return refuse(field, NOT_A_NUMBER);
    }
    if (field.decimalDigits() != null
        && Math.max(0, number.stripTrailingZeros().scale()) > field.decimalDigits()) {
      return refuse(field, DECIMAL_DIGITS, field.decimalDigits());
    }
    if (rules.min() != null && number.compareTo(rules.min()) < 0) {
      return refuse(field, MIN, rules.min().toPlainString());
    }
    if (rules.max() != null && number.compareTo(rules.max()) > 0) {
      return refuse(field, MAX, rules.max().toPlainString());
    }
    return accept(typed(number));
  }

  private static Checked choice(FormComponent field, String raw) {
    if (raw.isEmpty()) {
      return field.validation().required() ? refuse(field, REQUIRED_CHOICE) : accept(null);
    }
    return field.options().stream()
        .filter(option -> option.formValue().equals(raw))
        .findFirst()
        .map(option -> accept(option.value()))
        // only a forged request offers a value the form does not list
        .orElseGet(() -> refuse(field, UNKNOWN_CHOICE));
  }

  private static Checked checkbox(FormComponent field, String raw) {
    boolean ticked = "true".equals(raw) || "on".equals(raw);
    return !ticked && field.validation().required()
        ? refuse(field, REQUIRED_CHECKBOX)
        : accept(ticked);
  }

  /** Whole numbers as {@code Long}, the rest as {@code Double}: what a JSON number holds. */
  private static Object typed(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      try {
        return stripped.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return number.doubleValue();
      }
    }
    return number.doubleValue();
  }

  private static Checked accept(Object value) {
    return new Checked(value, Optional.empty());
  }

  private static Checked refuse(FormComponent field, String code, Object... details) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(field.label());
    // as strings, so that MessageFormat does not group digits ("1,000") in limits
    for (Object detail : details) {
      arguments.add(String.valueOf(detail));
    }
    return new Checked(null, Optional.of(new FieldError(field.key(), code, arguments)));
  }

  private record Checked(Object value, Optional<FieldError> error) {}
}

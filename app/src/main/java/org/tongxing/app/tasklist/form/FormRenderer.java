package org.tongxing.app.tasklist.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link FormSchema} and the values to show into {@link RenderedComponent}s. Field values
 * start from the process variable of the same key, as in Camunda's tasklist, then the form's
 * default; after a refused submission they are what the user entered.
 */
public final class FormRenderer {

  public static final String PARAMETER_PREFIX = "field.";

  private FormRenderer() {}

  /** The values a fresh form shows, as text, per field key. */
  public static Map<String, String> initialValues(
      FormSchema schema, Map<String, Object> processVariables) {
    Map<String, String> values = new HashMap<>();
    for (FormComponent field : schema.inputs()) {
      Object value =
          FieldPaths.has(processVariables, field.key())
              ? FieldPaths.get(processVariables, field.key())
              : field.defaultValue();
      String text = asText(value);
      if (text != null) {
        values.put(field.key(), text);
      }
    }
    return values;
  }

  /**
   * @param values the value to show per field key
   * @param errorMessages the resolved error message per field key
   */
  public static List<RenderedComponent> render(
      FormSchema schema, Map<String, String> values, Map<String, String> errorMessages) {
    List<RenderedComponent> rendered = new ArrayList<>();
    int index = 0;
    for (FormComponent component : schema.components()) {
      index++;
      String key = component.key();
      rendered.add(
          new RenderedComponent(
              component,
              "field-" + index,
              key == null ? null : PARAMETER_PREFIX + key,
              key == null ? null : values.get(key),
              key == null ? null : errorMessages.get(key)));
    }
    return rendered;
  }

  /** The values posted for a form, per field key, from request parameters. */
  public static Map<String, String> submittedValues(Map<String, String> parameters) {
    Map<String, String> values = new HashMap<>();
    parameters.forEach(
        (name, value) -> {
          if (name.startsWith(PARAMETER_PREFIX) && value != null) {
            values.put(name.substring(PARAMETER_PREFIX.length()), value);
          }
        });
    return values;
  }

  private static String asText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue())
          .stripTrailingZeros()
          .toPlainString();
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    // a list or an object does not fit a single input; the field starts empty
    return null;
  }
}

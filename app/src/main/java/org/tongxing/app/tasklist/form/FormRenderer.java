package org.tongxing.app.tasklist.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link FormSchema} and the values to show into {@link RenderedComponent}s. Field values
 * start from the process variable of the same key, as in Camunda's tasklist, then the form's
 * default; after a refused submission they are what the user entered. A dotted key ({@code
 * child.name}) is a path into an object variable, as form-js binds it, unless a variable of that
 * very name exists.
 */
public final class FormRenderer {

  public static final String PARAMETER_PREFIX = "field.";

  private FormRenderer() {}

  /** The values a fresh form shows, as text, per field key. */
  public static Map<String, String> initialValues(
      FormSchema schema, Map<String, Object> processVariables) {
    Map<String, String> values = new HashMap<>();
    for (FormComponent field : schema.inputs()) {
      // a key may be a path into an object variable (employer.name), as in Camunda Forms
      Object found = VariablePaths.find(processVariables, field.key());
      Object value = found != null ? found : field.defaultValue();
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
    return render(schema, values, errorMessages, Map.of());
  }

  /**
   * @param processVariables the values by name, where tables find their rows
   */
  public static List<RenderedComponent> render(
      FormSchema schema,
      Map<String, String> values,
      Map<String, String> errorMessages,
      Map<String, Object> processVariables) {
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
              key == null ? null : errorMessages.get(key),
              tableRows(component, processVariables)));
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

  private static List<List<String>> tableRows(
      FormComponent component, Map<String, Object> processVariables) {
    if (component.table() == null
        || !(VariablePaths.find(processVariables, component.table().dataSource())
            instanceof List<?> items)) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (Object item : items) {
      List<String> cells = new ArrayList<>();
      for (FormTable.Column column : component.table().columns()) {
        Object cell = item instanceof Map<?, ?> row ? VariablePaths.find(row, column.key()) : null;
        cells.add(cellText(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A cell as text; a list of texts (reasons, say) as one line joined by "；". */
  private static String cellText(Object cell) {
    if (cell instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object element : list) {
        String text = asText(element);
        if (text != null && !text.isBlank()) {
          parts.add(text);
        }
      }
      return String.join("；", parts);
    }
    String text = asText(cell);
    return text == null ? "" : text;
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

package org.tongxing.app.tasklist.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the page embeds for form-js (bundle {@code task-form}): the schema and the values to start
 * from, as JSON that is safe inside {@code <script type="application/json">}: every {@code <} is
 * written {@code \u003c}, so no value can close the element.
 */
public record FormJsData(String schemaJson, String dataJson) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param values the values per field key, as the page would show them; dotted keys become
   *     nested objects, as form-js reads its data
   */
  public static FormJsData of(String schemaJson, FormSchema schema, Map<String, Object> values) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (FormComponent field : schema.inputs()) {
      if (FieldPaths.has(values, field.key())) {
        FieldPaths.put(data, field.key(), FieldPaths.get(values, field.key()));
      }
    }
    try {
      return new FormJsData(safe(schemaJson), safe(JSON.writeValueAsString(data)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Expected form values that can be written as JSON", e);
    }
  }

  private static String safe(String json) {
    return json.replace("<", "\\u003c");
  }
}

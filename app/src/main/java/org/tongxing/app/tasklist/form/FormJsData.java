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
   * @param values the process variables and prefilled values the form starts from: form-js reads
   *     its fields, its texts' expressions and its tables from them, as Camunda's tasklist gives a
   *     form the task's variables (the page shows them anyway)
   */
  public static FormJsData of(String schemaJson, Map<String, Object> values) {
    Map<String, Object> data = new LinkedHashMap<>(values);
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

package org.tongxing.gateway.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tongxing.engine.json.JsonValues;

/** Variables arrive as a JSON object; the engine takes each value as JSON text. */
public final class Variables {

  private Variables() {}

  public static Map<String, String> toJson(Map<String, Object> variables) {
    if (variables == null || variables.isEmpty()) {
      return Map.of();
    }
    Map<String, String> json = new LinkedHashMap<>();
    variables.forEach((name, value) -> json.put(name, JsonValues.toJson(value)));
    return json;
  }

  public static Map<String, Object> fromJson(Map<String, String> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    variables.forEach((name, json) -> values.put(name, JsonValues.parse(json)));
    return values;
  }
}

package org.tongxing.engine.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables are JSON values. The engine keeps them as JSON text and parses them into plain Java
 * values (String, Number, Boolean, List, Map, null) where FEEL needs them.
 */
public final class JsonValues {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonValues() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Parses JSON text into a plain Java value. */
  public static Object parse(String json) {
    try {
      return MAPPER.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Expected a JSON value, but could not parse it: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a Java value (also FEEL results such as dates and durations) as JSON text. */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(normalize(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Expected a value that can be written as JSON, but got " + value.getClass(), e);
    }
  }

  /**
   * Splits a JSON object into its top-level entries, each as JSON text.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public static Map<String, String> parseObject(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Expected a JSON object, but could not parse it: " + e.getOriginalMessage(), e);
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "Expected a JSON object, but got " + node.getNodeType().name().toLowerCase());
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      entries.put(field.getKey(), field.getValue().toString());
    }
    return entries;
  }

  /** Writes entries whose values are JSON text as one JSON object. */
  public static String toJsonObject(Map<String, String> entries) {
    if (entries.isEmpty()) {
      return "{}";
    }
    StringBuilder json = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      json.append(toJson(entry.getKey())).append(':').append(entry.getValue());
    }
    return json.append('}').toString();
  }

  private static Object normalize(Object value) {
    if (value instanceof TemporalAccessor
        || value instanceof java.time.Duration
        || value instanceof java.time.Period) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, normalize(v)));
      return copy;
    }
    if (value instanceof Iterable<?> iterable && !(value instanceof Map)) {
      java.util.List<Object> copy = new java.util.ArrayList<>();
      iterable.forEach(v -> copy.add(normalize(v)));
      return copy;
    }
    return value;
  }
}

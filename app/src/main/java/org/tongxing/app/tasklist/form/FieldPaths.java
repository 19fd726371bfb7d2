package org.tongxing.app.tasklist.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Form keys with dots are paths into nested variables, as in Camunda Forms: the field {@code
 * employer.name} reads and writes the {@code name} of the variable {@code employer}.
 */
public final class FieldPaths {

  private FieldPaths() {}

  /** The value at the path, or {@code null}; whether the path exists at all is {@link #has}. */
  public static Object get(Map<String, Object> variables, String path) {
    Object current = variables;
    for (String part : path.split("\\.", -1)) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  public static boolean has(Map<String, Object> variables, String path) {
    Object current = variables;
    for (String part : path.split("\\.", -1)) {
      if (!(current instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return false;
      }
      current = map.get(part);
    }
    return true;
  }

  /** Puts the value at the path, creating the objects on the way. */
  @SuppressWarnings("unchecked")
  public static void put(Map<String, Object> variables, String path, Object value) {
    String[] parts = path.split("\\.", -1);
    Map<String, Object> current = variables;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = current.get(parts[i]);
      if (!(next instanceof Map<?, ?>)) {
        next = new LinkedHashMap<String, Object>();
        current.put(parts[i], next);
      }
      current = (Map<String, Object>) next;
    }
    current.put(parts[parts.length - 1], value);
  }
}

package org.tongxing.app.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a case keeps one of its facts: a process variable ({@code applicationId}), or a key inside
 * a variable's JSON value ({@code employer.county}: the key {@code county} of any object in the
 * variable {@code employer}, also in lists such as {@code employees.idNumber}).
 *
 * <p>A search for a key inside a value matches the value's JSON text ({@code $like}), which both
 * search backends keep compact, as {@code "county":"lucheng"}.
 */
public record VariablePath(String variable, String key) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static VariablePath parse(String path) {
    if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")) {
      throw new IllegalArgumentException(
          "Expected a variable name or variable.key in tongxing.monitoring.case-fields, but got '"
              + path
              + "'");
    }
    int dot = path.indexOf('.');
    return dot < 0
        ? new VariablePath(path, null)
        : new VariablePath(path.substring(0, dot), path.substring(dot + 1));
  }

  public static List<VariablePath> parseAll(List<String> paths) {
    return paths.stream().map(VariablePath::parse).toList();
  }

  /**
   * The value filter for the variable: the text exactly or, with {@code prefix}, any value that
   * starts with it. A string variable matches its JSON text, quotes included.
   */
  public String likePattern(String text, boolean prefix) {
    String quoted = quoted(text);
    // a prefix leaves the closing quote open: "陈建 matches "陈建国"
    String value = prefix ? quoted.substring(0, quoted.length() - 1) + "*" : quoted;
    return key == null ? value : "*" + quoted(key) + ":" + value + (prefix ? "" : "*");
  }

  /** Whether an exact equality (cheap, indexed) can stand for the filter. */
  public boolean isWholeVariable() {
    return key == null;
  }

  /** The JSON text a whole string variable holds for {@code text}. */
  public static String quoted(String text) {
    return TextNode.valueOf(text).toString();
  }

  /** The texts at this path in a variable's JSON value (several in lists); empty when none. */
  public List<String> valuesIn(String json) {
    List<String> found = new ArrayList<>();
    JsonNode node;
    try {
      node = json == null ? null : JSON.readTree(json);
    } catch (Exception notJson) {
      return found;
    }
    if (node == null) {
      return found;
    }
    if (key == null) {
      addText(node, found);
    } else {
      collect(node, key, found);
    }
    return found;
  }

  private static void collect(JsonNode node, String key, List<String> found) {
    if (node.isArray()) {
      node.forEach(item -> collect(item, key, found));
    } else if (node.isObject()) {
      if (node.has(key)) {
        addText(node.get(key), found);
      }
      node.properties()
          .forEach(
              entry -> {
                if (!entry.getKey().equals(key) && entry.getValue().isContainerNode()) {
                  collect(entry.getValue(), key, found);
                }
              });
    }
  }

  private static void addText(JsonNode value, List<String> found) {
    if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
      found.add(value.asText());
    }
  }
}

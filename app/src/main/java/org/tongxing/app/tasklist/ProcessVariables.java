package org.tongxing.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads process variables (JSON text) for the page: a readable text per variable, and plain values
 * to pre-fill form fields of the same name.
 */
final class ProcessVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<ProcessVariable> variables;
  private final int displayLimit;

  ProcessVariables(List<ProcessVariable> variables, int displayLimit) {
    this.variables = List.copyOf(variables);
    this.displayLimit = displayLimit;
  }

  List<VariableView> views() {
    return variables.stream().map(this::view).toList();
  }

  /** Values by name; large or unreadable ones are left out rather than shown half. */
  Map<String, Object> values() {
    Map<String, Object> values = new HashMap<>();
    for (ProcessVariable variable : variables) {
      if (variable.truncated()) {
        continue;
      }
      JsonNode node = parse(variable.value());
      if (node != null) {
        values.put(variable.name(), JSON.convertValue(node, Object.class));
      }
    }
    return values;
  }

  private VariableView view(ProcessVariable variable) {
    String value = variable.value() == null ? "null" : variable.value();
    if (variable.truncated() || value.length() > displayLimit) {
      return new VariableView(variable.name(), null, false, true);
    }
    JsonNode node = parse(value);
    if (node == null) {
      return new VariableView(variable.name(), value, false, false);
    }
    if (node.isContainerNode()) {
      return new VariableView(variable.name(), node.toPrettyString(), true, false);
    }
    // a null value shows as an empty text; the page marks it as "no value"
    return new VariableView(variable.name(), node.isNull() ? "" : node.asText(), false, false);
  }

  private static JsonNode parse(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}

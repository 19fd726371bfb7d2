package org.tongxing.engine.processing.bpmn.behavior;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.feel.EvaluationResult;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.model.executable.ExecutableFlowNode;
import org.tongxing.engine.model.executable.VariableMapping;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.processing.bpmn.BpmnElementContext;
import org.tongxing.engine.record.ErrorType;

/**
 * Input and output mappings ({@code zeebe:ioMapping}). Inputs become local variables of the element
 * instance; with outputs, only the mapped variables leave the element.
 */
public final class VariableMappingBehavior {

  private final ExpressionBehavior expressions;
  private final VariableBehavior variables;
  private final IncidentBehavior incidents;

  public VariableMappingBehavior(
      ExpressionBehavior expressions, VariableBehavior variables, IncidentBehavior incidents) {
    this.expressions = expressions;
    this.variables = variables;
    this.incidents = incidents;
  }

  /**
   * Applies the input mappings; false after raising an incident. Not again when the element resumes
   * after one of its start listeners: they come after the mappings.
   *
   * <p>The sources see the element instance's own variables too: the input element and loop counter
   * of a multi-instance's inner instance are set before its input mappings, as in Zeebe.
   */
  public boolean applyInputMappings(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element.getInputMappings().isEmpty()
        || ExecutionListenerBehavior.listenersStarted(instance.elementInstanceKey(), context)) {
      return true;
    }
    Map<String, Object> result =
        evaluate(
            element.getInputMappings(), instance.elementInstanceKey(), instance, Map.of(), context);
    if (result == null) {
      return false;
    }
    variables.mergeLocal(instance.elementInstanceKey(), toJson(result), instance.record(), context);
    return true;
  }

  /**
   * Applies the output mappings into the flow scope; false after raising an incident. Not again
   * when the element resumes after one of its end listeners: they come after the mappings.
   */
  public boolean applyOutputMappings(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    if (element.getOutputMappings().isEmpty()
        || ExecutionListenerBehavior.listenersStarted(instance.elementInstanceKey(), context)) {
      return true;
    }
    Map<String, Object> result =
        evaluate(
            element.getOutputMappings(),
            instance.elementInstanceKey(),
            instance,
            existingObjects(element, instance, context),
            context);
    if (result == null) {
      return false;
    }
    variables.mergePropagating(instance.flowScopeKey(), toJson(result), instance.record(), context);
    return true;
  }

  /**
   * An output mapping to a nested target ({@code a.b}) changes the existing object {@code a} of the
   * flow scope, at every nesting level, instead of replacing it: the objects those targets start
   * from.
   */
  private static Map<String, Object> existingObjects(
      ExecutableFlowNode element, BpmnElementContext instance, ProcessingContext context) {
    Map<String, Object> existing = new LinkedHashMap<>();
    for (VariableMapping mapping : element.getOutputMappings()) {
      int dot = mapping.target().indexOf('.');
      if (dot < 0) {
        continue;
      }
      String root = mapping.target().substring(0, dot);
      String json = visible(instance.flowScopeKey(), root, context);
      if (json != null && JsonValues.parse(json) instanceof Map<?, ?> object) {
        existing.put(root, object);
      }
    }
    return existing;
  }

  /** The JSON value of the variable as seen from the scope (its own or an outer one's). */
  private static String visible(long scopeKey, String name, ProcessingContext context) {
    var state = context.state().variables();
    for (long scope = scopeKey; scope >= 0; scope = state.getParentScope(scope)) {
      var variable = state.getLocal(scope, name);
      if (variable != null) {
        return variable.value();
      }
    }
    return null;
  }

  /**
   * Variables that a job or user task completes with: kept local for the output mappings to read
   * when there are any, otherwise propagated from the element instance outwards.
   */
  public void applyCompletionVariables(
      ExecutableFlowNode element,
      BpmnElementContext instance,
      Map<String, String> completion,
      ProcessingContext context) {
    if (completion.isEmpty()) {
      return;
    }
    if (element.getOutputMappings().isEmpty()) {
      variables.mergePropagating(
          instance.elementInstanceKey(), completion, instance.record(), context);
    } else {
      variables.mergeLocal(instance.elementInstanceKey(), completion, instance.record(), context);
    }
  }

  /**
   * Evaluates mappings in order; each later mapping sees the earlier ones' targets. A nested target
   * whose root is in {@code existing} is written into a copy of that object.
   */
  private Map<String, Object> evaluate(
      List<VariableMapping> mappings,
      long scopeKey,
      BpmnElementContext instance,
      Map<String, Object> existing,
      ProcessingContext context) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (VariableMapping mapping : mappings) {
      EvaluationResult value = expressions.evaluate(mapping.source(), scopeKey, result, context);
      if (value.isFailure()) {
        incidents.createElementIncident(
            ErrorType.IO_MAPPING_ERROR, value.failureMessage(), instance, context);
        return null;
      }
      int dot = mapping.target().indexOf('.');
      if (dot > 0 && !result.containsKey(mapping.target().substring(0, dot))) {
        String root = mapping.target().substring(0, dot);
        if (existing.containsKey(root)) {
          result.put(root, existing.get(root));
        }
      }
      setPath(result, mapping.target(), value.value());
    }
    return result;
  }

  /** Writes a value at a dotted path ("a.b.c"), creating or extending nested objects. */
  @SuppressWarnings("unchecked")
  private static void setPath(Map<String, Object> root, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> current = root;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = current.get(parts[i]);
      Map<String, Object> nested =
          next instanceof Map<?, ?> map
              ? new LinkedHashMap<>((Map<String, Object>) map)
              : new LinkedHashMap<>();
      current.put(parts[i], nested);
      current = nested;
    }
    current.put(parts[parts.length - 1], value);
  }

  private static Map<String, String> toJson(Map<String, Object> values) {
    Map<String, String> json = new LinkedHashMap<>();
    values.forEach((name, value) -> json.put(name, JsonValues.toJson(value)));
    return json;
  }
}

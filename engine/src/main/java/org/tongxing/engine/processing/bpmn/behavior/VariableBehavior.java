package org.tongxing.engine.processing.bpmn.behavior;

import java.util.Map;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.state.immutable.VariableState;
import org.tongxing.engine.state.immutable.VariableState.Variable;

/**
 * Writes variables with Camunda 8's scoping rules: local to a scope, or propagated to the nearest
 * scope that already has the name, else to the process instance.
 */
public final class VariableBehavior {

  /** Sets a variable in exactly this scope. Unchanged values write nothing. */
  public void setLocal(
      long scopeKey,
      String name,
      String json,
      ProcessInstanceRecord process,
      ProcessingContext context) {
    Variable existing = context.state().variables().getLocal(scopeKey, name);
    if (existing != null) {
      if (!existing.value().equals(json)) {
        context.appendEvent(
            existing.key(), VariableIntent.UPDATED, record(scopeKey, name, json, process));
      }
      return;
    }
    context.appendEvent(
        context.nextKey(), VariableIntent.CREATED, record(scopeKey, name, json, process));
  }

  public void mergeLocal(
      long scopeKey,
      Map<String, String> variables,
      ProcessInstanceRecord process,
      ProcessingContext context) {
    variables.forEach((name, json) -> setLocal(scopeKey, name, json, process, context));
  }

  /**
   * Sets each variable in the nearest scope, starting at {@code scopeKey} and going outwards, that
   * already has a variable of that name; a new name goes to the root scope (the process instance).
   */
  public void mergePropagating(
      long scopeKey,
      Map<String, String> variables,
      ProcessInstanceRecord process,
      ProcessingContext context) {
    VariableState state = context.state().variables();
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      long target = -1;
      long root = scopeKey;
      for (long scope = scopeKey; scope >= 0; scope = state.getParentScope(scope)) {
        root = scope;
        if (target < 0 && state.getLocal(scope, variable.getKey()) != null) {
          target = scope;
        }
      }
      setLocal(
          target >= 0 ? target : root, variable.getKey(), variable.getValue(), process, context);
    }
  }

  private static VariableRecord record(
      long scopeKey, String name, String json, ProcessInstanceRecord process) {
    return new VariableRecord(
        name,
        json,
        scopeKey,
        process.processInstanceKey(),
        process.processDefinitionKey(),
        process.bpmnProcessId());
  }
}

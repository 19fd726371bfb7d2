package org.tongxing.engine.record;

import java.util.Map;

/**
 * Variables asked to be set on a scope in one command.
 *
 * @param scopeKey the element instance the variables are set on
 * @param variables name → JSON value
 * @param local only in the scope, or each where a scope outwards already has it
 */
public record VariableDocumentRecord(
    long scopeKey,
    Map<String, String> variables,
    boolean local,
    long processInstanceKey,
    long processDefinitionKey,
    String bpmnProcessId)
    implements RecordValue {}

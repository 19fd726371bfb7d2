package org.tongxing.search.entity;

/**
 * A variable with its value as JSON text.
 *
 * @param scopeKey the process instance or element instance the variable belongs to
 */
public record VariableEntity(
    long variableKey,
    String name,
    String value,
    long scopeKey,
    long processInstanceKey,
    long processDefinitionKey,
    String processDefinitionId) {}

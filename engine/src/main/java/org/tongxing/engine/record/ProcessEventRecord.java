package org.tongxing.engine.record;

import java.util.Map;

/**
 * An element to activate in a scope once the scope is ready, with the variables of the event that
 * asked for it (a message that started the instance, say).
 *
 * @param scopeKey the element instance the element is activated in
 * @param targetElementId the element to activate
 * @param variables the event's variables, name → JSON value
 */
public record ProcessEventRecord(
    long scopeKey,
    String targetElementId,
    Map<String, String> variables,
    long processDefinitionKey,
    long processInstanceKey)
    implements RecordValue {}

package org.tongxing.engine.record;

import java.util.List;

/**
 * A decision was evaluated (by a business rule task, or on request).
 *
 * @param result the decision's result as JSON, "null" when it failed
 * @param matchedRules the ids of the decision table rules that matched
 * @param failureMessage why it failed, or empty
 * @param elementInstanceKey the business rule task that called it, -1 on request
 */
public record DecisionEvaluationRecord(
    String decisionId,
    String decisionName,
    long decisionKey,
    int decisionVersion,
    String decisionRequirementsId,
    long decisionRequirementsKey,
    String result,
    List<String> matchedRules,
    String failureMessage,
    String bpmnProcessId,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    long elementInstanceKey)
    implements RecordValue {}

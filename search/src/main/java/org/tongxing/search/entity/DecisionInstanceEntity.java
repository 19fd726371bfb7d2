package org.tongxing.search.entity;

/**
 * One evaluation of one decision.
 *
 * @param instanceId the evaluation's key and the decision's place in it ({@code <key>-1})
 * @param state EVALUATED or FAILED
 * @param decisionType DECISION_TABLE, LITERAL_EXPRESSION or UNSPECIFIED (a failure that shows
 *     neither inputs nor rules)
 * @param result the decision's result as JSON
 * @param evaluatedInputs the inputs and their values, a JSON array of {inputId, inputName, value}
 * @param matchedRules the matched rules, a JSON array of {ruleId, ruleIndex, outputs}
 * @param processInstanceKey the instance whose business rule task called it, or -1
 */
public record DecisionInstanceEntity(
    String instanceId,
    long evaluationKey,
    String state,
    long evaluationDate,
    String evaluationFailure,
    String decisionId,
    String decisionName,
    int decisionVersion,
    long decisionKey,
    String decisionType,
    String result,
    String evaluatedInputs,
    String matchedRules,
    long processDefinitionKey,
    long processInstanceKey,
    long elementInstanceKey) {}

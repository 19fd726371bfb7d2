package org.tongxing.engine.record;

import java.util.List;

/**
 * A decision was evaluated (by a business rule task, or on request).
 *
 * @param result the decision's result as JSON, "null" when it failed
 * @param evaluatedInputs the decision table's inputs and their values
 * @param matchedRules the decision table rules that matched, with their outputs
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
    List<EvaluatedInput> evaluatedInputs,
    List<MatchedRule> matchedRules,
    String failureMessage,
    String bpmnProcessId,
    long processDefinitionKey,
    long processInstanceKey,
    String elementId,
    long elementInstanceKey)
    implements RecordValue {

  /** An input and its value as JSON. */
  public record EvaluatedInput(String inputId, String inputName, String value) {}

  /** A matched rule (its place in the table from 1) and its outputs. */
  public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {}

  /** An output and its value as JSON. */
  public record EvaluatedOutput(String outputId, String outputName, String value) {}
}

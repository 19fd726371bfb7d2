package org.tongxing.engine.api;

import java.util.List;
import org.tongxing.engine.record.DecisionEvaluationRecord;

/** The result of evaluating a decision on request. */
public record DecisionEvaluated(
    long evaluationKey,
    String decisionId,
    String decisionName,
    long decisionKey,
    int decisionVersion,
    String decisionRequirementsId,
    long decisionRequirementsKey,
    String result,
    List<DecisionEvaluationRecord.EvaluatedInput> evaluatedInputs,
    List<DecisionEvaluationRecord.MatchedRule> matchedRules) {}

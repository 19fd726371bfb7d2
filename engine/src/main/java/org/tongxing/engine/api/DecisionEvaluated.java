package org.tongxing.engine.api;

import java.util.List;

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
    List<String> matchedRules) {}

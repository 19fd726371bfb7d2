package org.tongxing.engine.record;

/** A deployed decision, one of the decisions of a decision requirements graph. */
public record DecisionRecord(
    String decisionId,
    String name,
    int version,
    long decisionKey,
    String decisionRequirementsId,
    long decisionRequirementsKey,
    long deploymentKey)
    implements RecordValue {}

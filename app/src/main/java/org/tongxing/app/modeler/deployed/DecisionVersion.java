package org.tongxing.app.modeler.deployed;

/** A deployed version of a decision, and the DMN file (decision requirements graph) it is in. */
public record DecisionVersion(
    String decisionId,
    String name,
    int version,
    long key,
    String decisionRequirementsId,
    long decisionRequirementsKey) {}

package org.tongxing.engine.record;

/** A deployed decision requirements graph (one DMN resource), with its XML. */
public record DecisionRequirementsRecord(
    String decisionRequirementsId,
    String name,
    int version,
    long decisionRequirementsKey,
    String resourceName,
    String checksum,
    String resource,
    long deploymentKey)
    implements RecordValue {}

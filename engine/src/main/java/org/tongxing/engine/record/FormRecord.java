package org.tongxing.engine.record;

/** A deployed form (Camunda Forms JSON). */
public record FormRecord(
    String formId,
    int version,
    long formKey,
    String resourceName,
    String checksum,
    String resource,
    long deploymentKey)
    implements RecordValue {}

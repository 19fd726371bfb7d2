package org.tongxing.workers.rehabilitation.institution;

/** The variable {@link RecordDesignationDecisionWorker} completes its job with. */
public record RecordDesignationDecisionOutput(DesignationRecorded designation) {}

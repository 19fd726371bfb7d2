package org.tongxing.workers.rehabilitation.child;

/** The variable {@link CheckSpecialEducationFindingWorker} completes its job with. */
public record CheckSpecialEducationFindingOutput(CommitteeFinding committeeFinding) {}

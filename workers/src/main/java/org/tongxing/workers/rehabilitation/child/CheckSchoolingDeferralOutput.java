package org.tongxing.workers.rehabilitation.child;

/** The variable {@link CheckSchoolingDeferralWorker} completes its job with. */
public record CheckSchoolingDeferralOutput(SchoolingDeferralCheck deferral) {}

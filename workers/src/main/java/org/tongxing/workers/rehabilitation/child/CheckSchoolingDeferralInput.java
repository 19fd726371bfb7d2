package org.tongxing.workers.rehabilitation.child;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.ChildReference;

/** The variables {@link CheckSchoolingDeferralWorker} reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckSchoolingDeferralInput(ChildReference child, Integer subsidyYear) {}

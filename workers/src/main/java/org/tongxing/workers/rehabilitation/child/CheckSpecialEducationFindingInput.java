package org.tongxing.workers.rehabilitation.child;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.ChildReference;

/** The variables {@link CheckSpecialEducationFindingWorker} reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckSpecialEducationFindingInput(ChildReference child) {}

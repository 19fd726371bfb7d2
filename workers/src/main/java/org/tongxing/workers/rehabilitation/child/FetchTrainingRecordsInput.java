package org.tongxing.workers.rehabilitation.child;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.ChildReference;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/** The variables {@link FetchTrainingRecordsWorker} reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FetchTrainingRecordsInput(
    ChildReference child, InstitutionReference institution, Integer subsidyYear) {}

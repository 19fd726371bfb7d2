package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/** The variables {@link FetchInstitutionTrainingRecordsWorker} reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FetchInstitutionTrainingRecordsInput(
    InstitutionReference institution, Integer subsidyYear) {}

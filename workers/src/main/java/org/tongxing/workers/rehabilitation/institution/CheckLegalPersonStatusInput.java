package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/** The variables {@link CheckLegalPersonStatusWorker} reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckLegalPersonStatusInput(InstitutionReference institution) {}

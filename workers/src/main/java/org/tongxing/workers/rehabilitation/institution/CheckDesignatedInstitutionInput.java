package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/**
 * The variables {@link CheckDesignatedInstitutionWorker} reads.
 *
 * @param subsidyYear the year of the training subsidised; {@code null} outside a subsidy case
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckDesignatedInstitutionInput(
    InstitutionReference institution, Integer subsidyYear) {}

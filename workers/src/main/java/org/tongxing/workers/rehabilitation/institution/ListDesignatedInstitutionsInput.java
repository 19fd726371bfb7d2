package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables {@link ListDesignatedInstitutionsWorker} reads.
 *
 * @param ownership {@code private} for item 6.4
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListDesignatedInstitutionsInput(Integer subsidyYear, String ownership) {}

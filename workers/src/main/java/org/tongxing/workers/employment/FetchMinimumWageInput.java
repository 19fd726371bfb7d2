package org.tongxing.workers.employment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The variables the {@link FetchMinimumWageWorker} reads (local variables of the BPMN task, by
 * input mapping).
 *
 * @param regionCode the county whose standard applies (GB/T 2260): where the employer is registered
 * @param year the year the wages were paid in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FetchMinimumWageInput(String regionCode, Integer year) {}

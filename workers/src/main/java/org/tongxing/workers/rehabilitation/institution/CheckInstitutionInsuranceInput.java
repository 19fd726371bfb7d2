package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/**
 * The variables {@link CheckInstitutionInsuranceWorker} reads.
 *
 * @param asOf the day both insurances must cover, {@code yyyy-MM-dd}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckInstitutionInsuranceInput(InstitutionReference institution, String asOf) {}

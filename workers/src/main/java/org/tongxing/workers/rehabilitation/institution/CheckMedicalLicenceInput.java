package org.tongxing.workers.rehabilitation.institution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.tongxing.workers.rehabilitation.InstitutionReference;

/**
 * The variables {@link CheckMedicalLicenceWorker} reads.
 *
 * @param asOf the day the licence must be in force, {@code yyyy-MM-dd}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckMedicalLicenceInput(InstitutionReference institution, String asOf) {}

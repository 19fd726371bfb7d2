package org.tongxing.workers.rehabilitation.institution;

/** The variable {@link CheckInstitutionInsuranceWorker} completes its job with. */
public record CheckInstitutionInsuranceOutput(InsuranceCheck insurance) {}

package org.tongxing.workers.rehabilitation.institution;

/** The variable {@link CheckDesignatedInstitutionWorker} completes its job with. */
public record CheckDesignatedInstitutionOutput(DesignationStanding designatedInstitution) {}

package org.tongxing.workers.rehabilitation.institution;

/** The variable {@link CheckMedicalLicenceWorker} completes its job with. */
public record CheckMedicalLicenceOutput(MedicalLicenceCheck medicalLicence) {}

package org.tongxing.workers.rehabilitation.institution;

/** The variable {@link CheckLegalPersonStatusWorker} completes its job with. */
public record CheckLegalPersonStatusOutput(LegalPersonCheck legalPerson) {}

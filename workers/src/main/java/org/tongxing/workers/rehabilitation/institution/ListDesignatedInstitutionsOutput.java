package org.tongxing.workers.rehabilitation.institution;

import java.util.List;

/** The variable {@link ListDesignatedInstitutionsWorker} completes its job with. */
public record ListDesignatedInstitutionsOutput(List<ListedInstitution> institutions) {}

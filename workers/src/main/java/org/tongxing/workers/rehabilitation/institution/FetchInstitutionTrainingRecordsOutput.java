package org.tongxing.workers.rehabilitation.institution;

import java.util.List;

/** The variable {@link FetchInstitutionTrainingRecordsWorker} completes its job with. */
public record FetchInstitutionTrainingRecordsOutput(List<TrainedChild> trainedChildren) {}

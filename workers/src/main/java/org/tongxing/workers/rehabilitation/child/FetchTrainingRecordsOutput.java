package org.tongxing.workers.rehabilitation.child;

/** The variable {@link FetchTrainingRecordsWorker} completes its job with. */
public record FetchTrainingRecordsOutput(ChildTraining training) {}

package org.tongxing.engine.api;

import java.util.Map;
import org.tongxing.engine.record.JobRecord;

/**
 * A job handed to a worker, with the variables it asked for (JSON text by name).
 *
 * @param job the job as activated, with worker and deadline
 */
public record ActivatedJob(long key, JobRecord job, Map<String, String> variables) {}

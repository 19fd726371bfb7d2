package org.tongxing.engine.api;

import java.util.Map;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.UserTaskRecord;

/**
 * A job handed to a worker, with the variables it asked for (JSON text by name).
 *
 * @param job the job as activated, with worker and deadline
 * @param userTask for a task listener's job, the user task as its transition has it so far (the
 *     requested change with earlier listeners' corrections); null for other jobs
 */
public record ActivatedJob(
    long key, JobRecord job, Map<String, String> variables, UserTaskRecord userTask) {

  public ActivatedJob(long key, JobRecord job, Map<String, String> variables) {
    this(key, job, variables, null);
  }
}

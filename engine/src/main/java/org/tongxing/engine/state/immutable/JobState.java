package org.tongxing.engine.state.immutable;

import java.util.function.LongPredicate;
import org.tongxing.engine.record.JobRecord;

/** Read access to jobs. */
public interface JobState {

  /** Where a job is in its lifecycle. */
  enum Status {
    ACTIVATABLE,
    ACTIVATED,
    FAILED,
    ERROR_THROWN
  }

  /** A job as the engine keeps it. */
  record Job(long key, JobRecord record, Status status) {}

  Job get(long jobKey);

  /** Visits activatable jobs of a type in creation order until the visitor returns false. */
  void forEachActivatable(String type, LongPredicate visitor);

  /** The earliest deadline of an activated job, or Long.MAX_VALUE. */
  long nextDeadline();

  /** Visits activated jobs whose deadline is at or before the time, earliest first. */
  void forEachTimedOut(long now, LongPredicate visitor);

  /** The earliest time a failed job's back-off ends, or Long.MAX_VALUE. */
  long nextBackoffEnd();

  /** Visits failed jobs whose back-off ended at or before the time. */
  void forEachBackoffEnded(long now, LongPredicate visitor);
}

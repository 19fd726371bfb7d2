package org.tongxing.engine.processing.job;

import org.tongxing.engine.processing.InternalCommand.CheckJobDueDates;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.JobState;

/**
 * Gives back jobs whose worker did not answer in time (no retry is lost) and makes failed jobs
 * activatable again once their retry back-off is over.
 */
public final class JobDueDatesProcessor {

  public void process(CheckJobDueDates command, ProcessingContext context) {
    JobState jobs = context.state().jobs();
    long now = context.now();
    jobs.forEachTimedOut(
        now,
        key -> {
          context.appendEvent(key, JobIntent.TIMED_OUT, jobs.get(key).record().withoutActivation());
          return true;
        });
    jobs.forEachBackoffEnded(
        now,
        key -> {
          context.appendEvent(
              key, JobIntent.RECURRED_AFTER_BACKOFF, jobs.get(key).record().withoutActivation());
          return true;
        });
  }
}

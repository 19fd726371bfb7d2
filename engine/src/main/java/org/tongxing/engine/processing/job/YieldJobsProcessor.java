package org.tongxing.engine.processing.job;

import org.tongxing.engine.api.EngineCommand.YieldJobs;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.state.immutable.JobState;

/** Makes activated jobs that reached no worker activatable again, with their retries intact. */
public final class YieldJobsProcessor implements CommandProcessor<YieldJobs> {

  @Override
  public void process(YieldJobs command, ProcessingContext context) {
    for (long key : command.jobKeys()) {
      JobState.Job job = context.state().jobs().get(key);
      // completed, failed or timed out in the meantime: then it is not ours to give back
      if (job != null && job.status() == JobState.Status.ACTIVATED) {
        context.appendEvent(key, JobIntent.YIELDED, job.record().withoutActivation());
      }
    }
    context.respond(command.jobKeys().size());
  }
}

package org.tongxing.engine.processing.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand.ActivateJobs;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.processing.CommandProcessor;
import org.tongxing.engine.processing.ProcessingContext;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobRecord;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.state.immutable.ElementInstance;

/**
 * Hands activatable jobs of a type to a worker, oldest first, with a deadline after which they
 * become activatable again. Answers an empty list when there are none; waiting for jobs (long
 * polling) happens outside the processor.
 */
public final class ActivateJobsProcessor implements CommandProcessor<ActivateJobs> {

  @Override
  public void process(ActivateJobs command, ProcessingContext context) {
    if (command.type() == null || command.type().isBlank()) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to activate jobs of a type, but the type is empty");
    }
    if (command.maxJobs() < 1) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected to activate at least one job, but maxJobsToActivate is " + command.maxJobs());
    }
    if (command.timeout() < 1) {
      throw context.reject(
          RejectionType.INVALID_ARGUMENT,
          "Expected a job timeout of at least 1 ms, but got " + command.timeout());
    }
    List<Long> keys = new ArrayList<>();
    context
        .state()
        .jobs()
        .forEachActivatable(
            command.type(),
            key -> {
              keys.add(key);
              return keys.size() < command.maxJobs();
            });
    List<ActivatedJob> activated = new ArrayList<>(keys.size());
    long deadline = context.now() + command.timeout();
    String worker = command.worker() == null ? "" : command.worker();
    for (long key : keys) {
      JobRecord job = context.state().jobs().get(key).record().withActivation(worker, deadline);
      context.appendEvent(key, JobIntent.ACTIVATED, job);
      activated.add(
          new ActivatedJob(
              key,
              job,
              variables(job, command.fetchVariables(), context),
              job.forTaskListener() ? userTask(job, context) : null));
    }
    context.respond(activated);
  }

  /** A task listener sees its user task as the transition has it so far. */
  private static UserTaskRecord userTask(JobRecord job, ProcessingContext context) {
    ElementInstance instance = context.state().elementInstances().get(job.elementInstanceKey());
    if (instance == null || instance.userTaskKey() < 0) {
      return null;
    }
    var transition = context.state().userTasks().getTransition(instance.userTaskKey());
    return transition != null
        ? transition.intermediate()
        : context.state().userTasks().get(instance.userTaskKey());
  }

  private static Map<String, String> variables(
      JobRecord job, List<String> fetchVariables, ProcessingContext context) {
    Map<String, String> visible = context.state().variables().getVisible(job.elementInstanceKey());
    if (fetchVariables == null || fetchVariables.isEmpty()) {
      return visible;
    }
    Map<String, String> fetched = new LinkedHashMap<>();
    for (String name : fetchVariables) {
      String value = visible.get(name);
      if (value != null) {
        fetched.put(name, value);
      }
    }
    return fetched;
  }
}

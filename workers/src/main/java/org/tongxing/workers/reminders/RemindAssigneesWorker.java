package org.tongxing.workers.reminders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reminds the assignees of a task whose period ends soon (催办; job type {@value #JOB_TYPE}): raises
 * the priority of the open user tasks of {@code reminder.elementIds} in the job's process instance
 * to {@code tongxing.workers.remind-assignees.priority} (default 90, the tasklist shows it and
 * sorts by it), and records the reminder as {@code lastReminder}. The task's follow-up date (its
 * {@code zeebe:taskSchedule}) already marks the day.
 *
 * <p>The search side shows a task shortly after it is created; when it shows none, the job fails
 * with a short back-off and is retried. On its last retry the reminder is recorded without a task
 * rather than raising an incident: a task completed in the meantime needs no reminder.
 */
@Component
public class RemindAssigneesWorker {

  /** Equal to {@code zeebe:taskDefinition type} of the BPMN tasks. */
  public static final String JOB_TYPE = "remind-assignees";

  private final OpenTasks openTasks;
  private final int priority;
  private final Duration retryBackoff;

  public RemindAssigneesWorker(
      OpenTasks openTasks,
      @Value("${tongxing.workers.remind-assignees.priority:90}") int priority,
      @Value("${tongxing.workers.remind-assignees.retry-backoff:2s}") Duration retryBackoff) {
    this.openTasks = openTasks;
    this.priority = priority;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = JOB_TYPE)
  public RemindAssigneesOutput remindAssignees(
      ActivatedJob job, @VariablesAsType RemindAssigneesInput input) {
    RemindAssigneesInput.Reminder reminder = input.reminder();
    if (reminder == null || reminder.elementIds().isEmpty()) {
      throw CamundaError.jobError(
          "Expected a local variable 'reminder' with the elementIds of the tasks to remind of (an"
              + " input mapping of the task), but there is none",
          null,
          0);
    }
    List<OpenTasks.OpenTask> open =
        reminder.elementIds().stream()
            .flatMap(elementId -> openTasks.find(job.getProcessInstanceKey(), elementId).stream())
            .toList();
    if (open.isEmpty() && job.getRetries() > 1) {
      throw CamundaError.jobError(
          "Expected an open task of %s in process instance %d to remind of, but the search shows"
                  .formatted(reminder.elementIds(), job.getProcessInstanceKey())
              + " none yet",
          null,
          job.getRetries() - 1,
          retryBackoff);
    }
    for (OpenTasks.OpenTask task : open) {
      if (task.priority() < priority) {
        openTasks.raisePriority(task.userTaskKey(), priority);
      }
    }
    return new RemindAssigneesOutput(
        new RemindAssigneesOutput.LastReminder(
            reminder.elementIds(),
            reminder.stage(),
            reminder.dueAt(),
            reminder.remindedAt(),
            reminder.clause(),
            open.stream().map(OpenTasks.OpenTask::userTaskKey).toList(),
            open.stream().flatMap(task -> task.candidateGroups().stream()).distinct().toList(),
            priority));
  }
}

package org.tongxing.workers.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemindAssigneesWorkerTest {

  private static final long INSTANCE = 2251799813685249L;
  private static final RemindAssigneesInput INPUT =
      new RemindAssigneesInput(
          new RemindAssigneesInput.Reminder(
              List.of("Task_HandlePetition"),
              "办理",
              "2026-05-06T23:59:59+08:00",
              "2026-04-17T09:00:00+08:00",
              "信访工作条例 第三十三条"));

  private final RecordingTasks tasks = new RecordingTasks();
  private final RemindAssigneesWorker worker =
      new RemindAssigneesWorker(tasks, 90, Duration.ofSeconds(2));

  @Test
  void shouldRaiseThePriorityOfTheOpenTaskAndRecordTheReminder() {
    // given
    tasks.open.put(
        "Task_HandlePetition", List.of(new OpenTasks.OpenTask(7L, 50, List.of("county-lucheng"))));

    // when
    RemindAssigneesOutput output = worker.remindAssignees(job(3), INPUT);

    // then
    assertThat(tasks.raised).containsExactly(Map.entry(7L, 90));
    assertThat(output.lastReminder())
        .isEqualTo(
            new RemindAssigneesOutput.LastReminder(
                List.of("Task_HandlePetition"),
                "办理",
                "2026-05-06T23:59:59+08:00",
                "2026-04-17T09:00:00+08:00",
                "信访工作条例 第三十三条",
                List.of(7L),
                List.of("county-lucheng"),
                90));
  }

  @Test
  void shouldNotLowerAHigherPriority() {
    // given
    tasks.open.put(
        "Task_HandlePetition", List.of(new OpenTasks.OpenTask(7L, 100, List.of("hrss"))));

    // when
    worker.remindAssignees(job(3), INPUT);

    // then
    assertThat(tasks.raised).isEmpty();
  }

  @Test
  void shouldRetryWhileTheSearchShowsNoTaskYet() {
    // when
    JobError error =
        catchThrowableOfType(JobError.class, () -> worker.remindAssignees(job(3), INPUT));

    // then
    assertThat(error.getRetries()).isEqualTo(2);
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(2));
    assertThat(error.getMessage())
        .isEqualTo(
            "Expected an open task of [Task_HandlePetition] in process instance 2251799813685249 to"
                + " remind of, but the search shows none yet");
  }

  @Test
  void shouldRecordTheReminderWithoutATaskOnTheLastRetry() {
    // when
    RemindAssigneesOutput output = worker.remindAssignees(job(1), INPUT);

    // then
    assertThat(output.lastReminder().remindedTaskKeys()).isEmpty();
  }

  private static ActivatedJob job(int retries) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getProcessInstanceKey()).thenReturn(INSTANCE);
    when(job.getRetries()).thenReturn(retries);
    return job;
  }

  private static final class RecordingTasks implements OpenTasks {
    final Map<String, List<OpenTask>> open = new HashMap<>();
    final List<Map.Entry<Long, Integer>> raised = new ArrayList<>();

    @Override
    public List<OpenTask> find(long processInstanceKey, String elementId) {
      assertThat(processInstanceKey).isEqualTo(INSTANCE);
      return open.getOrDefault(elementId, List.of());
    }

    @Override
    public void raisePriority(long userTaskKey, int priority) {
      raised.add(Map.entry(userTaskKey, priority));
    }
  }
}

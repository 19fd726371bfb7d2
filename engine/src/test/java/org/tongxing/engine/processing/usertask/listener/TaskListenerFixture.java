package org.tongxing.engine.processing.usertask.listener;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.api.EngineCommand.UserTaskJobResult;
import org.tongxing.engine.record.JobKind;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.util.EngineRule;

/** What the task listener tests share: user task commands, listener jobs and their results. */
final class TaskListenerFixture {

  private final EngineRule engine;

  TaskListenerFixture(EngineRule engine) {
    this.engine = engine;
  }

  /** The key of the instance's user task, once it exists (creating or created). */
  long userTaskKey(long processInstanceKey) {
    Record record =
        engine.awaitRecord(
            r ->
                r.value() instanceof UserTaskRecord task
                    && task.processInstanceKey() == processInstanceKey
                    && (r.intent() == UserTaskIntent.CREATING
                        || r.intent() == UserTaskIntent.CREATED));
    return record.key();
  }

  /** The one listener job of the type now activatable; it must be a task listener's. */
  ActivatedJob listenerJob(String type) {
    List<ActivatedJob> jobs = engine.activateJobs(type);
    assertThat(jobs).as("task listener jobs of type '%s'", type).hasSize(1);
    assertThat(jobs.get(0).job().kind()).isEqualTo(JobKind.TASK_LISTENER);
    return jobs.get(0);
  }

  void accept(ActivatedJob job) {
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of())));
  }

  void deny(ActivatedJob job, String reason) {
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    job.key(), Map.of(), new UserTaskJobResult(true, reason, null))));
  }

  void correct(ActivatedJob job, Corrections corrections) {
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    job.key(), Map.of(), new UserTaskJobResult(false, "", corrections))));
  }

  /** Sends the command without waiting for its answer, which may wait for listeners. */
  CompletableFuture<Object> send(EngineCommand command) {
    return engine.engine().execute(command);
  }

  CompletableFuture<Object> complete(long userTaskKey) {
    return send(new EngineCommand.CompleteUserTask(userTaskKey, Map.of(), null));
  }

  CompletableFuture<Object> assign(long userTaskKey, String assignee) {
    return send(new EngineCommand.AssignUserTask(userTaskKey, assignee, true, null));
  }

  /** The intents of the user task's records so far, in order. */
  List<UserTaskIntent> taskEvents(long userTaskKey) {
    return engine
        .records(r -> r.key() == userTaskKey && r.value() instanceof UserTaskRecord)
        .stream()
        .map(r -> (UserTaskIntent) r.intent())
        .toList();
  }

  /** The user task's last record of the intent, once there is one. */
  UserTaskRecord lastTaskRecord(long userTaskKey, UserTaskIntent intent) {
    awaitTaskEvent(userTaskKey, intent);
    List<Record> records = engine.records(r -> r.key() == userTaskKey && r.intent() == intent);
    return (UserTaskRecord) records.get(records.size() - 1).value();
  }

  void awaitTaskEvent(long userTaskKey, UserTaskIntent intent) {
    engine.awaitRecord(r -> r.key() == userTaskKey && r.intent() == intent);
  }

  void awaitElement(String elementId, ProcessInstanceIntent intent) {
    engine.awaitRecord(
        r ->
            r.intent() == intent
                && ((ProcessInstanceRecord) r.value()).elementId().equals(elementId));
  }

  boolean elementReached(String elementId, ProcessInstanceIntent intent) {
    return !engine
        .records(
            r ->
                r.intent() == intent
                    && ((ProcessInstanceRecord) r.value()).elementId().equals(elementId))
        .isEmpty();
  }
}

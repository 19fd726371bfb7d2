package org.tongxing.engine.processing.usertask.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableDocumentIntent;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/**
 * Updating listeners: a change of schedule, candidates or priority, or variables set on the task's
 * element instance, wait for them.
 */
class UpdatingTaskListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  private long deployAndStart() {
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t ->
                    t.zeebeUserTask()
                        .zeebeCandidateGroups("dpf")
                        .zeebeTaskListener(l -> l.updating().type("check-deadline")))
            .endEvent()
            .done());
    return tasks.userTaskKey(engine.createInstance("review", Map.of()));
  }

  private CompletableFuture<Object> update(long taskKey) {
    return tasks.send(
        new EngineCommand.UpdateUserTask(
            taskKey,
            "2026-01-20T17:00:00+08:00",
            null,
            List.of("dpf", "hrss"),
            null,
            80,
            "escalate"));
  }

  @Test
  void shouldUpdateOnlyAfterTheUpdatingListenersRan() {
    // given
    long taskKey = deployAndStart();

    // when
    CompletableFuture<Object> update = update(taskKey);

    // then the listener sees what is asked for, by name
    ActivatedJob check = tasks.listenerJob("check-deadline");
    assertThat(update).isNotDone();
    assertThat(check.job().listenerEventType()).isEqualTo(JobListenerEventType.UPDATING);
    assertThat(check.userTask().changedAttributes())
        .containsExactly("candidateGroupsList", "dueDate", "priority");
    assertThat(check.userTask().candidateGroups()).containsExactly("dpf", "hrss");
    assertThat(check.userTask().action()).isEqualTo("escalate");
    tasks.accept(check);

    assertThat(EngineRule.await(update)).isEqualTo(taskKey);
    UserTaskRecord updated = tasks.lastTaskRecord(taskKey, UserTaskIntent.UPDATED);
    assertThat(updated.priority()).isEqualTo(80);
    assertThat(updated.dueDate()).isEqualTo("2026-01-20T17:00+08:00");
    assertThat(updated.candidateGroups()).containsExactly("dpf", "hrss");
  }

  @Test
  void shouldLeaveTheTaskAsItWasWhenAListenerDeniesTheUpdate() {
    // given
    long taskKey = deployAndStart();
    CompletableFuture<Object> update = update(taskKey);

    // when
    tasks.deny(tasks.listenerJob("check-deadline"), "the deadline is set by the policy");

    // then
    assertThatThrownBy(() -> EngineRule.await(update))
        .hasMessage(
            "Update of the User Task with"
                + " key '"
                + taskKey
                + "' was denied by Task Listener. Reason to deny: 'the deadline is"
                + " set by the policy'");
    UserTaskRecord denied = tasks.lastTaskRecord(taskKey, UserTaskIntent.UPDATE_DENIED);
    assertThat(denied.priority()).isEqualTo(50);
    assertThat(denied.dueDate()).isEmpty();
    assertThat(tasks.taskEvents(taskKey)).doesNotContain(UserTaskIntent.UPDATED);
  }

  @Test
  void shouldApplyAListenersCorrectionOfTheUpdate() {
    // given
    long taskKey = deployAndStart();
    CompletableFuture<Object> update = update(taskKey);

    // when
    tasks.correct(
        tasks.listenerJob("check-deadline"),
        new Corrections(null, "", "2026-01-10T09:00:00+08:00", null, List.of("dpf-li"), null));

    // then
    EngineRule.await(update);
    UserTaskRecord updated = tasks.lastTaskRecord(taskKey, UserTaskIntent.UPDATED);
    assertThat(updated.dueDate()).isEmpty();
    assertThat(updated.followUpDate()).isEqualTo("2026-01-10T09:00+08:00");
    assertThat(updated.candidateUsers()).containsExactly("dpf-li");
    assertThat(updated.priority()).isEqualTo(80);
    assertThat(updated.changedAttributes())
        .containsExactly(
            "candidateGroupsList", "candidateUsersList", "dueDate", "followUpDate", "priority");
  }

  @Test
  void shouldSetVariablesOnTheTasksElementOnlyAfterTheUpdatingListenersRan() {
    // given
    long taskKey = deployAndStart();
    long elementKey = tasks.lastTaskRecord(taskKey, UserTaskIntent.CREATED).elementInstanceKey();

    // when
    CompletableFuture<Object> setting =
        tasks.send(new EngineCommand.SetVariables(elementKey, Map.of("opinion", "\"材料齐全\""), true));

    // then the variables wait for the listener, which sees that they change
    ActivatedJob check = tasks.listenerJob("check-deadline");
    assertThat(setting).isNotDone();
    assertThat(check.userTask().changedAttributes()).containsExactly("variables");
    assertThat(check.variables()).doesNotContainKey("opinion");
    tasks.accept(check);

    EngineRule.await(setting);
    Record opinion =
        engine.awaitRecord(
            r ->
                r.intent() == VariableIntent.CREATED
                    && ((VariableRecord) r.value()).name().equals("opinion"));
    assertThat(((VariableRecord) opinion.value()).scopeKey()).isEqualTo(elementKey);
    assertThat(tasks.taskEvents(taskKey))
        .containsSubsequence(UserTaskIntent.UPDATING, UserTaskIntent.UPDATED);
  }

  @Test
  void shouldDropTheVariablesWhenAListenerDeniesTheUpdate() {
    // given
    long taskKey = deployAndStart();
    long elementKey = tasks.lastTaskRecord(taskKey, UserTaskIntent.CREATED).elementInstanceKey();
    CompletableFuture<Object> setting =
        tasks.send(new EngineCommand.SetVariables(elementKey, Map.of("opinion", "\"\""), true));

    // when
    tasks.deny(tasks.listenerJob("check-deadline"), "an empty opinion");

    // then
    assertThatThrownBy(() -> EngineRule.await(setting))
        .hasMessageEndingWith("Reason to deny: 'an empty opinion'");
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.UPDATE_DENIED);
    engine.awaitRecord(r -> r.intent() == VariableDocumentIntent.UPDATE_DENIED);
    assertThat(
            engine.records(
                r ->
                    r.intent() == VariableIntent.CREATED
                        && ((VariableRecord) r.value()).name().equals("opinion")))
        .isEmpty();
  }
}

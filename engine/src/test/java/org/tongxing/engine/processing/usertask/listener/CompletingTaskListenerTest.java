package org.tongxing.engine.processing.usertask.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Completing listeners: the completion waits for them, and one of them may deny it. */
class CompletingTaskListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  private void deployApproval(String processId) {
    engine.deploy(
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .userTask(
                "Task_Approve",
                t ->
                    t.zeebeUserTask()
                        .zeebeCandidateGroups("dpf")
                        .zeebeTaskListener(l -> l.completing().type("check-opinion"))
                        .zeebeTaskListener(l -> l.completing().type("record-decision")))
            .endEvent("End_Approved")
            .done());
  }

  @Test
  void shouldCompleteTheTaskOnlyAfterItsCompletingListenersRanInOrder() {
    // given
    deployApproval("approval");
    long instanceKey = engine.createInstance("approval", Map.of());
    long taskKey = tasks.userTaskKey(instanceKey);

    // when
    CompletableFuture<Object> completion =
        tasks.send(
            new EngineCommand.CompleteUserTask(
                taskKey, Map.of("decision", "\"approve\""), "approve"));

    // then the first listener sees the task completing, the second waits for it
    assertThat(engine.activateJobs("record-decision")).isEmpty();
    ActivatedJob check = tasks.listenerJob("check-opinion");
    assertThat(completion).isNotDone();
    assertThat(check.job().listenerEventType()).isEqualTo(JobListenerEventType.COMPLETING);
    assertThat(check.userTask().userTaskKey()).isEqualTo(taskKey);
    assertThat(check.userTask().action()).isEqualTo("approve");
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.COMPLETING);
    tasks.accept(check);

    ActivatedJob record = tasks.listenerJob("record-decision");
    assertThat(completion).isNotDone();
    assertThat(tasks.taskEvents(taskKey)).doesNotContain(UserTaskIntent.COMPLETED);
    tasks.accept(record);

    // and the completion is answered, its variables arrive and the process goes on
    assertThat(EngineRule.await(completion)).isEqualTo(taskKey);
    tasks.awaitElement("approval", ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(tasks.taskEvents(taskKey))
        .containsSubsequence(
            UserTaskIntent.CREATED, UserTaskIntent.COMPLETING, UserTaskIntent.COMPLETED);
    assertThat(
            engine.records(
                r ->
                    r.intent() == VariableIntent.CREATED
                        && ((VariableRecord) r.value()).name().equals("decision")))
        .extracting(r -> ((VariableRecord) r.value()).scopeKey())
        .containsExactly(instanceKey);
  }

  @Test
  void shouldRefuseTheCompletionWithTheReasonWhenAListenerDeniesIt() {
    // given
    deployApproval("approval");
    long instanceKey = engine.createInstance("approval", Map.of());
    long taskKey = tasks.userTaskKey(instanceKey);
    CompletableFuture<Object> completion = tasks.complete(taskKey);

    // when
    tasks.deny(tasks.listenerJob("check-opinion"), "审批意见不能为空 (an opinion is required)");

    // then the caller learns why, as a Camunda 8 cluster tells it
    assertThatThrownBy(() -> EngineRule.await(completion))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.INVALID_STATE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Completion of the User Task with key '"
                          + taskKey
                          + "' was denied by Task Listener. Reason to deny: '审批意见不能为空 (an opinion is"
                          + " required)'");
            });
    assertThat(engine.activateJobs("record-decision")).isEmpty();
    UserTaskRecord denied = tasks.lastTaskRecord(taskKey, UserTaskIntent.COMPLETION_DENIED);
    assertThat(denied.deniedReason()).isEqualTo("审批意见不能为空 (an opinion is required)");

    // and the task is open again: a new completion runs every listener again
    CompletableFuture<Object> again = tasks.complete(taskKey);
    tasks.accept(tasks.listenerJob("check-opinion"));
    tasks.accept(tasks.listenerJob("record-decision"));
    assertThat(EngineRule.await(again)).isEqualTo(taskKey);
    tasks.awaitElement("End_Approved", ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldRefuseOtherCommandsWhileTheCompletingListenersRun() {
    // given
    deployApproval("approval");
    long taskKey = tasks.userTaskKey(engine.createInstance("approval", Map.of()));
    CompletableFuture<Object> completion = tasks.complete(taskKey);
    ActivatedJob check = tasks.listenerJob("check-opinion");

    // when - then
    assertThatThrownBy(() -> EngineRule.await(tasks.assign(taskKey, "dpf-li")))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.INVALID_STATE);
              assertThat(e.getMessage())
                  .contains(
                      "Expected to assign user task with key '"
                          + taskKey
                          + "', but it is in state 'COMPLETING'");
            });
    assertThatThrownBy(() -> EngineRule.await(tasks.complete(taskKey)))
        .hasMessageContaining("but it is in state 'COMPLETING'");
    tasks.accept(check);
    tasks.accept(tasks.listenerJob("record-decision"));
    assertThat(EngineRule.await(completion)).isEqualTo(taskKey);
  }

  @Test
  void shouldApplyTheListenersCorrectionsWithTheCompletion() {
    // given
    deployApproval("approval");
    long taskKey = tasks.userTaskKey(engine.createInstance("approval", Map.of()));
    CompletableFuture<Object> completion = tasks.complete(taskKey);

    // when
    tasks.correct(
        tasks.listenerJob("check-opinion"),
        new Corrections("dpf-zhang", null, null, null, null, 80));

    // then the next listener sees the correction, and the completed task has it
    ActivatedJob record = tasks.listenerJob("record-decision");
    assertThat(record.userTask().priority()).isEqualTo(80);
    assertThat(record.userTask().changedAttributes()).containsExactly("assignee", "priority");
    tasks.accept(record);
    EngineRule.await(completion);
    UserTaskRecord completed = tasks.lastTaskRecord(taskKey, UserTaskIntent.COMPLETED);
    assertThat(completed.priority()).isEqualTo(80);
    assertThat(completed.assignee()).isEqualTo("dpf-zhang");
  }

  @Test
  void shouldDiscardEarlierCorrectionsWhenALaterListenerDenies() {
    // given
    deployApproval("approval");
    long taskKey = tasks.userTaskKey(engine.createInstance("approval", Map.of()));
    CompletableFuture<Object> completion = tasks.complete(taskKey);
    tasks.correct(
        tasks.listenerJob("check-opinion"), new Corrections(null, null, null, null, null, 90));

    // when
    tasks.deny(tasks.listenerJob("record-decision"), "");

    // then the task is as it was, and the next attempt starts from it
    assertThatThrownBy(() -> EngineRule.await(completion))
        .hasMessageEndingWith("was denied by Task Listener. Reason to deny: ''");
    tasks.complete(taskKey);
    assertThat(tasks.listenerJob("check-opinion").userTask().priority()).isEqualTo(50);
  }
}

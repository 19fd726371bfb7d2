package org.tongxing.engine.processing.usertask.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.api.EngineCommand.UserTaskJobResult;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/**
 * Canceling listeners: the task's element, and the scopes terminating around it, end only once they
 * ran; what interrupted the task goes on then.
 */
class CancelingTaskListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  @Test
  void shouldEndACanceledInstanceOnlyAfterTheCancelingListenersRan() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("petition")
            .startEvent()
            .subProcess("SubProcess_Handle")
            .embeddedSubProcess()
            .startEvent()
            .userTask(
                "Task_Handle",
                t ->
                    t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("withdraw-notice")))
            .endEvent()
            .subProcessDone()
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("petition", Map.of());
    long taskKey = tasks.userTaskKey(instanceKey);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // then the task is canceling, and nothing around it has ended yet
    ActivatedJob notice = tasks.listenerJob("withdraw-notice");
    assertThat(notice.job().listenerEventType()).isEqualTo(JobListenerEventType.CANCELING);
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.CANCELING);
    assertThat(tasks.elementReached("Task_Handle", ProcessInstanceIntent.ELEMENT_TERMINATING))
        .isTrue();
    assertThat(tasks.elementReached("petition", ProcessInstanceIntent.ELEMENT_TERMINATED))
        .isFalse();

    // when
    tasks.correct(notice, new Corrections(null, null, null, null, null, 10));

    // then the task, its sub-process and the instance end, innermost first
    tasks.awaitElement("petition", ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.CANCELED).priority()).isEqualTo(10);
    assertThat(
            engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED).stream()
                .map(
                    r -> ((org.tongxing.engine.record.ProcessInstanceRecord) r.value()).elementId())
                .toList())
        .containsExactly("Task_Handle", "SubProcess_Handle", "petition");
  }

  @Test
  void shouldEndACalledProcessAndItsCallActivityOnceTheCancelingListenersRan() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("legal-aid")
            .startEvent()
            .userTask(
                "Task_Decide",
                t ->
                    t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("withdraw-notice")))
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("petition-with-aid")
            .startEvent()
            .callActivity("Call_LegalAid", c -> c.zeebeProcessId("legal-aid"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("petition-with-aid", Map.of());
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));
    ActivatedJob notice = tasks.listenerJob("withdraw-notice");
    assertThat(tasks.elementReached("Call_LegalAid", ProcessInstanceIntent.ELEMENT_TERMINATED))
        .isFalse();
    tasks.accept(notice);

    // then the called instance ends, then its call activity, then the caller
    tasks.awaitElement("petition-with-aid", ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(
            engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED).stream()
                .map(
                    r -> ((org.tongxing.engine.record.ProcessInstanceRecord) r.value()).elementId())
                .toList())
        .containsExactly("Task_Decide", "legal-aid", "Call_LegalAid", "petition-with-aid");
  }

  @Test
  void shouldActivateAnInterruptingBoundaryEventOnceTheCancelingListenersRan() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("deadline")
            .startEvent()
            .userTask(
                "Task_Decide",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("release-task")))
            .endEvent("End_Decided")
            .moveToActivity("Task_Decide")
            .boundaryEvent("Timer_Overdue")
            .timerWithDuration("P15D")
            .endEvent("End_Overdue")
            .done());
    long instanceKey = engine.createInstance("deadline", Map.of());
    long taskKey = tasks.userTaskKey(instanceKey);

    // when the deadline passes
    engine.setClock(EngineRule.START_TIME + java.time.Duration.ofDays(16).toMillis());

    // then the boundary event waits for the canceling listener
    ActivatedJob release = tasks.listenerJob("release-task");
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.CANCELING);
    assertThat(tasks.elementReached("Timer_Overdue", ProcessInstanceIntent.ELEMENT_ACTIVATING))
        .isFalse();
    tasks.accept(release);

    // and takes over afterwards
    tasks.awaitElement("deadline", ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(tasks.elementReached("End_Overdue", ProcessInstanceIntent.ELEMENT_COMPLETED))
        .isTrue();
    assertThat(tasks.elementReached("Task_Decide", ProcessInstanceIntent.ELEMENT_TERMINATED))
        .isTrue();
  }

  @Test
  void shouldStartAnInterruptingEventSubProcessOnceTheCancelingListenersRan() {
    // given
    var process = Bpmn.createExecutableProcess("application");
    process.eventSubProcess(
        "EventSubProcess_Withdrawn",
        sub ->
            sub.startEvent("Start_Withdrawn")
                .message(
                    m -> m.name("application-withdrawn").zeebeCorrelationKeyExpression("caseId"))
                .interrupting(true)
                .endEvent("End_Withdrawn"));
    engine.deploy(
        process
            .startEvent()
            .userTask(
                "Task_Review",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("release-task")))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("application", Map.of("caseId", "\"JY-1\""));
    tasks.userTaskKey(instanceKey);

    // when the applicant withdraws
    EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage(
                    "application-withdrawn", "JY-1", 0, "", Map.of("reason", "\"moved away\""))));

    // then the event sub-process starts only once the task's listener ran
    ActivatedJob release = tasks.listenerJob("release-task");
    assertThat(
            tasks.elementReached(
                "EventSubProcess_Withdrawn", ProcessInstanceIntent.ELEMENT_ACTIVATING))
        .isFalse();
    tasks.accept(release);
    tasks.awaitElement("application", ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(tasks.elementReached("End_Withdrawn", ProcessInstanceIntent.ELEMENT_COMPLETED))
        .isTrue();
  }

  @Test
  void shouldCompleteTheScopeOfATerminateEndEventOnceTheCancelingListenersRan() {
    // given a task beside a path that ends the whole process
    engine.deploy(
        Bpmn.createExecutableProcess("parallel")
            .startEvent()
            .parallelGateway("fork")
            .userTask(
                "Task_Wait",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("release-task")))
            .endEvent()
            .moveToNode("fork")
            .serviceTask("Task_Check", s -> s.zeebeJobType("check"))
            .endEvent("End_Terminate")
            .terminate()
            .done());
    long instanceKey = engine.createInstance("parallel", Map.of());
    tasks.userTaskKey(instanceKey);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    engine.activateJobs("check").get(0).key(), Map.of())));

    // then
    ActivatedJob release = tasks.listenerJob("release-task");
    tasks.awaitElement("End_Terminate", ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(tasks.elementReached("parallel", ProcessInstanceIntent.ELEMENT_COMPLETED)).isFalse();
    tasks.accept(release);
    tasks.awaitElement("parallel", ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldCompleteAMultiInstanceWhoseConditionHoldsOnceTheCancelingListenersRan() {
    // given 或签: one approval is enough, the other reviewers' tasks are withdrawn
    engine.deploy(
        Bpmn.createExecutableProcess("countersign")
            .startEvent()
            .userTask(
                "Task_Approve",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssigneeExpression("reviewer")
                        .zeebeTaskListener(l -> l.canceling().type("withdraw-task"))
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("reviewers")
                                    .zeebeInputElement("reviewer")
                                    .completionCondition("= numberOfCompletedInstances >= 1")))
            .endEvent("End_Approved")
            .done());
    long instanceKey =
        engine.createInstance("countersign", Map.of("reviewers", "[\"dpf-zhang\",\"dpf-li\"]"));
    engine.awaitRecord(
        r ->
            r.intent() == UserTaskIntent.ASSIGNED
                && ((org.tongxing.engine.record.UserTaskRecord) r.value())
                    .assignee()
                    .equals("dpf-li"));
    long first = engine.records(r -> r.intent() == UserTaskIntent.CREATED).get(0).key();

    // when
    EngineRule.await(tasks.complete(first));

    // then
    ActivatedJob withdraw = tasks.listenerJob("withdraw-task");
    assertThat(withdraw.userTask().assignee()).isEqualTo("dpf-li");
    assertThat(tasks.elementReached("End_Approved", ProcessInstanceIntent.ELEMENT_ACTIVATING))
        .isFalse();
    tasks.accept(withdraw);
    tasks.awaitElement("countersign", ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(instanceKey).isPositive();
  }

  @Test
  void shouldRefuseAWaitingCompletionWhenTheTaskIsCanceledMeanwhile() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.completing().type("check-opinion")))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("review", Map.of());
    long taskKey = tasks.userTaskKey(instanceKey);
    CompletableFuture<Object> completion = tasks.complete(taskKey);
    tasks.listenerJob("check-opinion");

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // then
    assertThatThrownBy(() -> EngineRule.await(completion))
        .hasMessage(
            "Expected to complete"
                + " user task with key '"
                + taskKey
                + "', but it was canceled while its completing"
                + " listeners ran");
    tasks.awaitElement("review", ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(engine.activateJobs("check-opinion")).isEmpty();
  }

  @Test
  void shouldRefuseACancelingListenerThatDenies() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type("release-task")))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("review", Map.of());
    tasks.userTaskKey(instanceKey);
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));
    ActivatedJob release = tasks.listenerJob("release-task");

    // when - then
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new EngineCommand.CompleteJob(
                                release.key(),
                                Map.of(),
                                new UserTaskJobResult(true, "keep it", null)))))
        .hasMessageContaining("the cancelation of a user task cannot be denied");
  }
}

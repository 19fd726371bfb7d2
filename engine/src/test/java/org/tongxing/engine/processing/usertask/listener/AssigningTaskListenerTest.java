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
import org.tongxing.engine.util.EngineRule;

/** Assigning listeners: claim, reassignment, unassignment and the process's own assignee. */
class AssigningTaskListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  @Test
  void shouldAssignOnlyAfterTheAssigningListenersRan() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.assigning().type("check-workload")))
            .endEvent()
            .done());
    long taskKey = tasks.userTaskKey(engine.createInstance("review", Map.of()));

    // when
    CompletableFuture<Object> assignment =
        tasks.send(new EngineCommand.AssignUserTask(taskKey, "dpf-zhang", false, "claim"));

    // then the listener sees the assignee asked for; the task keeps its own until it is done
    ActivatedJob check = tasks.listenerJob("check-workload");
    assertThat(assignment).isNotDone();
    assertThat(check.job().listenerEventType()).isEqualTo(JobListenerEventType.ASSIGNING);
    assertThat(check.userTask().assignee()).isEqualTo("dpf-zhang");
    assertThat(check.userTask().action()).isEqualTo("claim");
    assertThat(check.userTask().changedAttributes()).containsExactly("assignee");
    assertThat(
            engine
                .engine()
                .execute(new EngineCommand.AssignUserTask(taskKey, "dpf-li", true, null)))
        .failsWithin(java.time.Duration.ofSeconds(10));
    tasks.accept(check);

    assertThat(EngineRule.await(assignment)).isEqualTo(taskKey);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.ASSIGNED).assignee())
        .isEqualTo("dpf-zhang");
    assertThat(tasks.taskEvents(taskKey))
        .containsSubsequence(UserTaskIntent.ASSIGNING, UserTaskIntent.ASSIGNED);
  }

  @Test
  void shouldRunTheAssigningListenersForTheAssigneeTheProcessNames() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssignee("= caseOfficer")
                        .zeebeTaskListener(l -> l.assigning().type("notify-assignee")))
            .endEvent()
            .done());

    // when
    long taskKey =
        tasks.userTaskKey(engine.createInstance("review", Map.of("caseOfficer", "\"dpf-li\"")));

    // then the task is created and its element active while the assignment waits
    ActivatedJob notify = tasks.listenerJob("notify-assignee");
    assertThat(notify.userTask().assignee()).isEqualTo("dpf-li");
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.CREATED).assignee()).isEmpty();
    tasks.awaitElement("Task_Review", ProcessInstanceIntent.ELEMENT_ACTIVATED);
    tasks.accept(notify);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.ASSIGNED).assignee())
        .isEqualTo("dpf-li");
  }

  @Test
  void shouldKeepTheAssigneeWhenAListenerDeniesTheAssignment() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssignee("dpf-zhang")
                        .zeebeTaskListener(l -> l.assigning().type("check-department")))
            .endEvent()
            .done());
    long taskKey = tasks.userTaskKey(engine.createInstance("review", Map.of()));
    tasks.accept(tasks.listenerJob("check-department"));
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.ASSIGNED);

    // when
    CompletableFuture<Object> reassignment = tasks.assign(taskKey, "hrss-wang");
    tasks.deny(tasks.listenerJob("check-department"), "hrss-wang is not in the department dpf");

    // then
    assertThatThrownBy(() -> EngineRule.await(reassignment))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.INVALID_STATE);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Assignment of the User Task with key '"
                          + taskKey
                          + "' was denied by Task Listener. Reason to deny: 'hrss-wang is not in the"
                          + " department dpf'");
            });
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.ASSIGNMENT_DENIED).assignee())
        .isEqualTo("dpf-zhang");
    // the task is as it was: the next assignment starts from dpf-zhang
    tasks.send(new EngineCommand.UnassignUserTask(taskKey));
    ActivatedJob unassigning = tasks.listenerJob("check-department");
    assertThat(unassigning.userTask().assignee()).isEmpty();
    assertThat(unassigning.userTask().action()).isEqualTo("unassign");
  }

  @Test
  void shouldLetAListenerCorrectTheAssignee() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t ->
                    t.zeebeUserTask()
                        .zeebeTaskListener(l -> l.assigning().type("substitute-absent"))
                        .zeebeTaskListener(l -> l.assigning().type("reset-priority"))
                        .zeebeTaskListener(l -> l.assigning().type("audit")))
            .endEvent()
            .done());
    long taskKey = tasks.userTaskKey(engine.createInstance("review", Map.of()));
    CompletableFuture<Object> assignment = tasks.assign(taskKey, "dpf-zhang");

    // when the first corrects assignee and priority, the second the priority back
    tasks.correct(
        tasks.listenerJob("substitute-absent"),
        new Corrections("dpf-li", null, null, null, null, 70));
    ActivatedJob reset = tasks.listenerJob("reset-priority");
    assertThat(reset.userTask().changedAttributes()).containsExactly("assignee", "priority");
    tasks.correct(reset, new Corrections(null, null, null, null, null, 50));

    // then the last one sees only the assignee changed, and the correction applies
    ActivatedJob audit = tasks.listenerJob("audit");
    assertThat(audit.userTask().changedAttributes()).containsExactly("assignee");
    assertThat(audit.userTask().assignee()).isEqualTo("dpf-li");
    tasks.accept(audit);
    EngineRule.await(assignment);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.ASSIGNED).assignee())
        .isEqualTo("dpf-li");
  }
}

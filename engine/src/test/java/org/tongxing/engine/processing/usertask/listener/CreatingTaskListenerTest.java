package org.tongxing.engine.processing.usertask.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.Corrections;
import org.tongxing.engine.api.EngineCommand.UserTaskJobResult;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/** Creating listeners: the task and its element become active only after them. */
class CreatingTaskListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  @Test
  void shouldCreateTheTaskAndActivateItsElementOnlyAfterTheCreatingListenersRan() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("intake")
            .startEvent()
            .userTask(
                "Task_Intake",
                t ->
                    t.zeebeUserTask()
                        .zeebeCandidateGroups("dpf")
                        .zeebeTaskListener(l -> l.creating().type("route-to-county")))
            .endEvent()
            .done());

    // when
    long taskKey = tasks.userTaskKey(engine.createInstance("intake", Map.of()));

    // then the task is creating and cannot be worked on yet
    ActivatedJob route = tasks.listenerJob("route-to-county");
    assertThat(route.job().listenerEventType()).isEqualTo(JobListenerEventType.CREATING);
    assertThat(route.userTask().candidateGroups()).containsExactly("dpf");
    assertThat(tasks.taskEvents(taskKey)).containsExactly(UserTaskIntent.CREATING);
    assertThat(tasks.elementReached("Task_Intake", ProcessInstanceIntent.ELEMENT_ACTIVATED))
        .isFalse();
    assertThatThrownBy(() -> EngineRule.await(tasks.assign(taskKey, "dpf-zhang")))
        .hasMessageContaining("but it is in state 'CREATING'");

    // when
    tasks.correct(
        route, new Corrections(null, null, null, java.util.List.of("county-lucheng"), null, null));

    // then
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.CREATED).candidateGroups())
        .containsExactly("county-lucheng");
    tasks.awaitElement("Task_Intake", ProcessInstanceIntent.ELEMENT_ACTIVATED);
  }

  @Test
  void shouldShowTheProcessAssigneeToCreatingListenersAndAssignAfterwards() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("intake")
            .startEvent()
            .userTask(
                "Task_Intake",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssignee("dpf-zhang")
                        .zeebeTaskListener(l -> l.creating().type("log-creation"))
                        .zeebeTaskListener(l -> l.assigning().type("notify-assignee")))
            .endEvent()
            .done());
    long taskKey = tasks.userTaskKey(engine.createInstance("intake", Map.of()));

    // when
    ActivatedJob creating = tasks.listenerJob("log-creation");
    assertThat(creating.userTask().assignee()).isEqualTo("dpf-zhang");
    tasks.accept(creating);

    // then the task is created unassigned, then assigned through its assigning listener
    tasks.accept(tasks.listenerJob("notify-assignee"));
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.ASSIGNED);
    assertThat(tasks.taskEvents(taskKey))
        .containsExactly(
            UserTaskIntent.CREATING,
            UserTaskIntent.CREATED,
            UserTaskIntent.ASSIGNING,
            UserTaskIntent.ASSIGNED);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.CREATED).assignee()).isEmpty();
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.ASSIGNED).assignee())
        .isEqualTo("dpf-zhang");
  }

  @Test
  void shouldLetACreatingListenerSetAnAssigneeOnlyWhenTheProcessNamesNone() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("intake")
            .startEvent()
            .userTask(
                "Task_Intake",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.creating().type("pick-officer")))
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("intake-assigned")
            .startEvent()
            .userTask(
                "Task_Intake",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssignee("dpf-zhang")
                        .zeebeTaskListener(l -> l.creating().type("pick-officer")))
            .endEvent()
            .done());
    long unassigned = tasks.userTaskKey(engine.createInstance("intake", Map.of()));

    // when - then a task without assignee gets the listener's, without an assignment
    tasks.correct(
        tasks.listenerJob("pick-officer"), new Corrections("dpf-li", null, null, null, null, null));
    assertThat(tasks.lastTaskRecord(unassigned, UserTaskIntent.CREATED).assignee())
        .isEqualTo("dpf-li");
    assertThat(tasks.taskEvents(unassigned)).doesNotContain(UserTaskIntent.ASSIGNED);

    // when - then a listener cannot override the process's assignee
    engine.createInstance("intake-assigned", Map.of());
    ActivatedJob pick = tasks.listenerJob("pick-officer");
    assertThatThrownBy(
            () -> tasks.correct(pick, new Corrections("dpf-li", null, null, null, null, null)))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.INVALID_ARGUMENT);
              assertThat(e.getMessage())
                  .contains("while the process assigns the task to" + " 'dpf-zhang'");
            });
  }

  @Test
  void shouldRefuseACreatingListenerThatDenies() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("intake")
            .startEvent()
            .userTask(
                "Task_Intake",
                t -> t.zeebeUserTask().zeebeTaskListener(l -> l.creating().type("check")))
            .endEvent()
            .done());
    engine.createInstance("intake", Map.of());
    ActivatedJob check = tasks.listenerJob("check");

    // when - then
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new EngineCommand.CompleteJob(
                                check.key(), Map.of(), new UserTaskJobResult(true, "no", null)))))
        .hasMessageContaining("the creation of a user task cannot be denied");
    tasks.accept(check);
    tasks.awaitElement("Task_Intake", ProcessInstanceIntent.ELEMENT_ACTIVATED);
  }
}

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
import org.tongxing.engine.api.EngineCommand.UserTaskJobResult;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/**
 * Task listener jobs: what a worker may send with them, incidents when they fail, and a transition
 * that outlives a restart.
 */
class TaskListenerJobTest {

  @RegisterExtension final EngineRule engine = new EngineRule();
  private final TaskListenerFixture tasks = new TaskListenerFixture(engine);

  private long deployAndStart(String listenerType) {
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .userTask(
                "Task_Review",
                t ->
                    t.zeebeUserTask()
                        .zeebeTaskListener(l -> l.completing().type("first-check"))
                        .zeebeTaskListener(
                            l -> l.completing().typeExpression(listenerType).retries("2")))
            .endEvent()
            .done());
    return tasks.userTaskKey(engine.createInstance("review", Map.of()));
  }

  @Test
  void shouldRefuseVariablesBpmnErrorsAndResultsWhereTheyDoNotBelong() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("work")
            .startEvent()
            .serviceTask("Task_Work", s -> s.zeebeJobType("work"))
            .endEvent()
            .done());
    engine.createInstance("work", Map.of());
    long taskKey = deployAndStart("\"second-check\"");
    tasks.complete(taskKey);
    ActivatedJob listener = tasks.listenerJob("first-check");

    // when - then a task listener's job sets no variables and throws no BPMN error
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new EngineCommand.CompleteJob(
                                listener.key(), Map.of("approved", "true")))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.INVALID_ARGUMENT);
              assertThat(e.getMessage())
                  .contains("task listener job with key '" + listener.key() + "'")
                  .contains("without variables, but got [approved]");
            });
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new EngineCommand.ThrowJobError(
                                listener.key(), "REJECTED", "", Map.of()))))
        .hasMessageContaining(
            "it is the job of a task listener (COMPLETING of element" + " 'Task_Review')");

    // and another job takes no result that denies or corrects
    ActivatedJob work = engine.activateJobs("work").get(0);
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new EngineCommand.CompleteJob(
                                work.key(), Map.of(), new UserTaskJobResult(true, "", null)))))
        .hasMessageContaining(
            "only for the job of a task listener, but job with key '"
                + work.key()
                + "' is of kind BPMN_ELEMENT");
    assertThatThrownBy(
            () ->
                tasks.correct(
                    listener, new Corrections(null, "next Monday", null, null, null, null)))
        .hasMessageContaining(
            "corrected dueDate that is an ISO 8601 date-time with offset,"
                + " but got 'next Monday'");
    assertThatThrownBy(
            () -> tasks.correct(listener, new Corrections(null, null, null, null, null, 101)))
        .hasMessageContaining("in the range [0,100], but it was '101'");
  }

  @Test
  void shouldRaiseAnIncidentWhenAListenerJobHasNoRetriesLeftAndGoOnOnceResolved() {
    // given
    long taskKey = deployAndStart("\"second-check\"");
    CompletableFuture<Object> completion = tasks.complete(taskKey);
    tasks.accept(tasks.listenerJob("first-check"));
    ActivatedJob second = tasks.listenerJob("second-check");

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.FailJob(
                    second.key(), 0, "the opinion service is down", 0, Map.of())));

    // then
    Record created = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    IncidentRecord incident = (IncidentRecord) created.value();
    assertThat(incident.errorType()).isEqualTo(ErrorType.TASK_LISTENER_NO_RETRIES);
    assertThat(incident.jobKey()).isEqualTo(second.key());
    assertThat(incident.errorMessage()).isEqualTo("the opinion service is down");

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.UpdateJob(second.key(), 1, null)));
    EngineRule.await(engine.engine().execute(new EngineCommand.ResolveIncident(created.key())));

    // then only the failed listener runs again, and the completion goes through
    assertThat(engine.activateJobs("first-check")).isEmpty();
    tasks.accept(tasks.listenerJob("second-check"));
    assertThat(EngineRule.await(completion)).isEqualTo(taskKey);
    tasks.awaitElement("review", ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldRaiseAnIncidentWhenAListenerTypeCannotBeEvaluatedAndGoOnOnceResolved() {
    // given
    long taskKey = deployAndStart("= checkType");
    CompletableFuture<Object> completion = tasks.complete(taskKey);

    // when
    tasks.accept(tasks.listenerJob("first-check"));

    // then
    Record created = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    assertThat(((IncidentRecord) created.value()).errorType())
        .isEqualTo(ErrorType.EXTRACT_VALUE_ERROR);
    tasks.awaitTaskEvent(taskKey, UserTaskIntent.COMPLETING);

    // when the variable is there and the incident resolved
    long elementKey = ((IncidentRecord) created.value()).elementInstanceKey();
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.SetVariables(
                    elementKey, Map.of("checkType", "\"second-check\""), false)));
    EngineRule.await(engine.engine().execute(new EngineCommand.ResolveIncident(created.key())));

    // then the transition carries on with the listener that failed
    assertThat(engine.activateJobs("first-check")).isEmpty();
    tasks.accept(tasks.listenerJob("second-check"));
    assertThat(EngineRule.await(completion)).isEqualTo(taskKey);
  }

  @Test
  void shouldKeepATransitionAndItsCorrectionsOverARestart() {
    // given
    long taskKey = deployAndStart("\"second-check\"");
    tasks.complete(taskKey);
    tasks.correct(
        tasks.listenerJob("first-check"), new Corrections(null, null, null, null, null, 75));

    // when
    engine.restart();

    // then the second listener still sees the first one's correction, and the task completes
    ActivatedJob second = tasks.listenerJob("second-check");
    assertThat(second.userTask().priority()).isEqualTo(75);
    assertThatThrownBy(() -> EngineRule.await(tasks.assign(taskKey, "dpf-li")))
        .hasMessageContaining("in state 'COMPLETING'");
    tasks.accept(second);
    assertThat(tasks.lastTaskRecord(taskKey, UserTaskIntent.COMPLETED).priority()).isEqualTo(75);
  }
}

package org.tongxing.engine.processing.bpmn.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.TimerRecord;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/** Timer catch, boundary and start events on a pinned clock. */
class TimerEventTest {

  private static final long DAY = Duration.ofDays(1).toMillis();

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldWaitAtAnIntermediateTimerUntilItIsDue() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("wait")
            .startEvent()
            .intermediateCatchEvent("wait15Days", e -> e.timerWithDuration("P15D"))
            .endEvent("end")
            .done());
    long instanceKey = engine.createInstance("wait", Map.of());
    TimerRecord timer =
        (TimerRecord) engine.awaitRecord(r -> r.intent() == TimerIntent.CREATED).value();
    assertThat(timer.dueDate()).isEqualTo(EngineRule.START_TIME + 15 * DAY);

    // when
    engine.setClock(EngineRule.START_TIME + 15 * DAY);

    // then
    engine.awaitRecord(r -> r.intent() == TimerIntent.TRIGGERED);
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldInterruptTheTaskWhenAnInterruptingBoundaryTimerFires() {
    // given: a petition must be accepted or refused within 15 days (item 10.3)
    engine.deploy(
        Bpmn.createExecutableProcess("deadline")
            .startEvent()
            .userTask("decideAcceptance", t -> t.zeebeUserTask().zeebeCandidateGroups("petitions"))
            .boundaryEvent("deadlinePassed", b -> b.timerWithDuration("P15D").cancelActivity(true))
            .endEvent("escalated")
            .moveToActivity("decideAcceptance")
            .endEvent("decided")
            .done());
    long instanceKey = engine.createInstance("deadline", Map.of());
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    engine.setClock(EngineRule.START_TIME + 15 * DAY);

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
    assertThat(completedElements())
        .contains("deadlinePassed", "escalated")
        .doesNotContain("decided");
  }

  @Test
  void shouldRemindThreeTimesWithANonInterruptingCycle() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("remind")
            .startEvent()
            .serviceTask("handle", t -> t.zeebeJobType("remind-handle"))
            .boundaryEvent("reminder", b -> b.timerWithCycle("R3/P1D").cancelActivity(false))
            .endEvent("reminded")
            .moveToActivity("handle")
            .endEvent("handled")
            .done());
    engine.createInstance("remind", Map.of());
    engine.awaitRecord(r -> r.intent() == JobIntent.CREATED);

    // when: four days pass, one at a time
    for (int day = 1; day <= 4; day++) {
      engine.setClock(EngineRule.START_TIME + day * DAY);
      final int expected = Math.min(day, 3);
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> engine.records(r -> r.intent() == TimerIntent.TRIGGERED).size() == expected);
    }

    // then: three reminders, and the task still waits
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        && ((ProcessInstanceRecord) r.value()).elementId().equals("reminded")))
        .hasSize(3);
    assertThat(engine.activateJobs("remind-handle")).hasSize(1);
  }

  @Test
  void shouldRemindOnWeekdayMorningsWithACronCycle() {
    // given a reminder at 9:00 (Beijing time) on working days; 2026-01-01 is a Thursday
    engine.deploy(
        Bpmn.createExecutableProcess("cron-remind")
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask())
            .boundaryEvent(
                "reminder", b -> b.timerWithCycle("0 0 9 * * MON-FRI").cancelActivity(false))
            .endEvent("reminded")
            .moveToActivity("review")
            .endEvent("reviewed")
            .done());
    engine.createInstance("cron-remind", Map.of());
    engine.awaitRecord(r -> r.intent() == TimerIntent.CREATED);

    // when four days pass: Thursday, Friday, Saturday, Sunday
    engine.setClock(EngineRule.START_TIME + 4 * DAY);

    // then it fired on Thursday and Friday at 9:00 and waits for Monday
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> engine.records(r -> r.intent() == TimerIntent.TRIGGERED).size() == 2);
    var dueDates =
        engine.records(r -> r.intent() == TimerIntent.CREATED).stream()
            .map(
                r -> java.time.Instant.ofEpochMilli(((TimerRecord) r.value()).dueDate()).toString())
            .toList();
    assertThat(dueDates)
        .containsExactly("2026-01-01T01:00:00Z", "2026-01-02T01:00:00Z", "2026-01-05T01:00:00Z");
  }

  @Test
  void shouldRefuseAnInvalidCronCycleAtDeployment() {
    assertThatThrownBy(
            () ->
                engine.deploy(
                    Bpmn.createExecutableProcess("bad-cron")
                        .startEvent()
                        .intermediateCatchEvent("wait", e -> e.timerWithCycle("0 0 25 * * *"))
                        .endEvent()
                        .done()))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("wait")
        .hasMessageContaining("0 0 25 * * *");
  }

  @Test
  void shouldStartAnInstanceFromATimerStartEvent() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("yearly-review")
            .startEvent("everyYear")
            .timerWithCycle("R/P1Y")
            .serviceTask("review", t -> t.zeebeJobType("yearly-review-work"))
            .endEvent()
            .done());

    // when
    engine.setClock(EngineRule.START_TIME + 366 * DAY);

    // then
    engine.awaitRecord(
        r ->
            r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                && ((ProcessInstanceRecord) r.value()).bpmnElementType()
                    == BpmnElementType.PROCESS);
    assertThat(engine.activateJobs("yearly-review-work")).hasSize(1);
    // and the next year's timer is scheduled
    assertThat(engine.records(r -> r.intent() == TimerIntent.CREATED)).hasSize(2);
  }

  @Test
  void shouldRefuseAnInvalidTimerAtDeployment() {
    assertThatThrownBy(
            () ->
                engine.deploy(
                    Bpmn.createExecutableProcess("bad-timer")
                        .startEvent()
                        .intermediateCatchEvent("wait", e -> e.timerWithDuration("fifteen days"))
                        .endEvent()
                        .done()))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining("wait")
        .hasMessageContaining("fifteen days");
  }

  @Test
  void shouldKeepTimersAcrossARestart() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("durable-timer")
            .startEvent()
            .intermediateCatchEvent("wait", e -> e.timerWithDuration("PT1H"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("durable-timer", Map.of());
    engine.awaitRecord(r -> r.intent() == TimerIntent.CREATED);

    // when
    engine.restart();
    engine.setClock(EngineRule.START_TIME + Duration.ofHours(1).toMillis());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  private java.util.List<String> completedElements() {
    return engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED).stream()
        .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .toList();
  }
}

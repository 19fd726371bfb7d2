package org.tongxing.engine.processing.bpmn.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/** Event sub-processes started by timers, messages and errors, interrupting or not. */
class EventSubProcessTest {

  private static final long DAY = Duration.ofDays(1).toMillis();

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldRemindWithoutInterruptingWhenANonInterruptingTimerFires() {
    // given: a reminder after 50 of the 60 days to reply (item 10.3)
    engine.deploy(
        Bpmn.createExecutableProcess("petition-reply")
            .startEvent()
            .userTask("reply", t -> t.zeebeUserTask().zeebeCandidateGroups("petitions"))
            .endEvent("replied")
            .moveToProcess("petition-reply")
            .eventSubProcess(
                "reminder",
                esp ->
                    esp.startEvent("fiftyDays")
                        .timerWithDuration("P50D")
                        .interrupting(false)
                        .serviceTask("remind", t -> t.zeebeJobType("petition-remind"))
                        .endEvent("reminded"))
            .done());
    engine.createInstance("petition-reply", Map.of());
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    engine.setClock(EngineRule.START_TIME + 50 * DAY);

    // then the reminder job comes, and the reply task is still open
    List<ActivatedJob> reminders =
        Awaitility.await()
            .until(() -> engine.activateJobs("petition-remind"), jobs -> !jobs.isEmpty());
    assertThat(reminders).hasSize(1);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).isEmpty();
  }

  @Test
  void shouldInterruptTheScopeWhenAnInterruptingMessageArrives() {
    // given: the petitioner withdraws the petition
    engine.deploy(
        Bpmn.createExecutableProcess("withdrawal")
            .startEvent()
            .serviceTask("handle", t -> t.zeebeJobType("withdrawal-handle"))
            .endEvent("handled")
            .moveToProcess("withdrawal")
            .eventSubProcess(
                "withdrawn",
                esp ->
                    esp.startEvent("withdrawRequested")
                        .message(
                            m ->
                                m.name("petition-withdrawn")
                                    .zeebeCorrelationKeyExpression("petitionId"))
                        .interrupting(true)
                        .endEvent("closed"))
            .done());
    long instanceKey = engine.createInstance("withdrawal", Map.of("petitionId", "\"XF-1\""));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);

    // when
    EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage("petition-withdrawn", "XF-1", 0, null, Map.of())));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == JobIntent.CANCELED)).hasSize(1);
    assertThat(completed())
        .contains("withdrawRequested", "closed", "withdrawn")
        .doesNotContain("handled");
  }

  @Test
  void shouldCatchAnErrorInAnErrorEventSubProcess() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("error-esp")
            .startEvent()
            .serviceTask("checkRegistration", t -> t.zeebeJobType("error-esp-check"))
            .endEvent("checked")
            .moveToProcess("error-esp")
            .eventSubProcess(
                "registrationProblem",
                esp ->
                    esp.startEvent("problem")
                        .error("REGISTRATION_NOT_FOUND")
                        .userTask(
                            "askApplicant", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
                        .endEvent("asked"))
            .done());
    engine.createInstance("error-esp", Map.of());
    ActivatedJob job = engine.activateJobs("error-esp-check").get(0);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.ThrowJobError(
                    job.key(), "REGISTRATION_NOT_FOUND", "户籍信息不存在", Map.of())));

    // then
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);
    assertThat(completed()).contains("problem").doesNotContain("checked");
  }

  private List<String> completed() {
    return engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED).stream()
        .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .toList();
  }
}

package org.tongxing.engine.processing.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.MessageCorrelated;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Message catch events, boundary events, receive tasks and the buffer, on Camunda 8's rules. */
class MessageCorrelationTest {

  private static final long HOUR = Duration.ofHours(1).toMillis();

  @RegisterExtension final EngineRule engine = new EngineRule();

  private static BpmnModelInstance waitForCorrection(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .intermediateCatchEvent(
            "correctionReceived",
            e ->
                e.message(
                    m ->
                        m.name("application-corrected")
                            .zeebeCorrelationKeyExpression("applicationId")))
        .endEvent("end")
        .done();
  }

  private MessageCorrelated publish(
      String name, String key, long ttl, String messageId, Map<String, String> variables) {
    return EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage(name, key, ttl, messageId, variables)));
  }

  private void awaitCompleted(long instanceKey) {
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldCompleteTheCatchEventWithTheMessagesVariables() {
    // given
    engine.deploy(waitForCorrection("correction"));
    long instanceKey = engine.createInstance("correction", Map.of("applicationId", "\"JY-1\""));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);

    // when
    MessageCorrelated published =
        publish(
            "application-corrected",
            "JY-1",
            0,
            null,
            Map.of("certificateNumber", "\"33030219780415211242\""));

    // then
    awaitCompleted(instanceKey);
    assertThat(published.processInstanceKey()).isEqualTo(instanceKey);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.scopeKey() == instanceKey
                        && v.name().equals("certificateNumber")))
        .hasSize(1);
  }

  @Test
  void shouldCorrelateABufferedMessageWhenTheSubscriptionOpens() {
    // given a message that comes before anyone waits for it
    engine.deploy(waitForCorrection("buffered"));
    publish("application-corrected", "JY-2", HOUR, null, Map.of());

    // when
    long instanceKey = engine.createInstance("buffered", Map.of("applicationId", "\"JY-2\""));

    // then
    awaitCompleted(instanceKey);
  }

  @Test
  void shouldNotCorrelateAnExpiredMessage() {
    // given
    engine.deploy(waitForCorrection("expired"));
    publish("application-corrected", "JY-3", HOUR, null, Map.of());
    engine.setClock(EngineRule.START_TIME + 2 * HOUR);

    // when
    long instanceKey = engine.createInstance("expired", Map.of("applicationId", "\"JY-3\""));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);
    long later = engine.createInstance("expired", Map.of("applicationId", "\"JY-other\""));
    engine.awaitRecord(
        r -> r.key() == later && r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED);

    // then
    assertThat(engine.records(r -> r.intent() == MessageSubscriptionIntent.CORRELATED)).isEmpty();
    assertThat(
            engine.records(
                r ->
                    r.key() == instanceKey
                        && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .isEmpty();
  }

  @Test
  void shouldReachOnlyOneInstanceOfAProcess() {
    // given two instances waiting for the same message
    engine.deploy(waitForCorrection("once"));
    long first = engine.createInstance("once", Map.of("applicationId", "\"JY-4\""));
    engine.createInstance("once", Map.of("applicationId", "\"JY-4\""));
    org.awaitility.Awaitility.await()
        .until(
            () -> engine.records(r -> r.intent() == MessageSubscriptionIntent.CREATED).size() == 2);

    // when
    publish("application-corrected", "JY-4", HOUR, null, Map.of());

    // then the oldest subscription gets it, the other keeps waiting
    awaitCompleted(first);
    assertThat(engine.records(r -> r.intent() == MessageSubscriptionIntent.CORRELATED)).hasSize(1);
  }

  @Test
  void shouldRefuseASecondMessageWithTheSameIdWhileTheFirstIsBuffered() {
    // given
    publish("application-corrected", "JY-5", HOUR, "msg-1", Map.of());

    // when / then
    assertThatThrownBy(() -> publish("application-corrected", "JY-5", HOUR, "msg-1", Map.of()))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.ALREADY_EXISTS))
        .hasMessageContaining("msg-1");
  }

  @Test
  void shouldInterruptTheTaskWithAMessageBoundaryEvent() {
    // given: the applicant withdraws while the DPF reviews
    engine.deploy(
        Bpmn.createExecutableProcess("withdraw")
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .boundaryEvent(
                "withdrawn",
                b ->
                    b.cancelActivity(true)
                        .message(
                            m ->
                                m.name("application-withdrawn")
                                    .zeebeCorrelationKeyExpression("applicationId")))
            .endEvent("endWithdrawn")
            .moveToActivity("review")
            .endEvent("endReviewed")
            .done());
    long instanceKey = engine.createInstance("withdraw", Map.of("applicationId", "\"JY-6\""));
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    publish("application-withdrawn", "JY-6", 0, null, Map.of("reason", "\"不再申请\""));

    // then
    awaitCompleted(instanceKey);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .contains("withdrawn", "endWithdrawn")
        .doesNotContain("endReviewed");
  }

  @Test
  void shouldStartOneInstancePerCorrelationKeyWithAMessageStartEvent() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("petition")
            .startEvent("petitionReceived")
            .message("petition-received")
            .userTask("register", t -> t.zeebeUserTask().zeebeCandidateGroups("petitions"))
            .endEvent()
            .done());

    // when two messages for the same petitioner arrive
    MessageCorrelated first =
        publish(
            "petition-received", "330302197804152112", HOUR, null, Map.of("petitioner", "\"陈建国\""));
    MessageCorrelated second =
        publish("petition-received", "330302197804152112", HOUR, null, Map.of());

    // then only one instance is active for that key; the second message waits in the buffer
    assertThat(first.processInstanceKey()).isPositive();
    assertThat(second.processInstanceKey()).isEqualTo(-1);

    // when the first instance ends
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CancelProcessInstance(first.processInstanceKey())));

    // then the buffered message starts the next
    org.awaitility.Awaitility.await()
        .until(() -> engine.records(r -> r.intent() == UserTaskIntent.CREATED).size() == 2);
  }

  @Test
  void shouldCorrelateWithoutBufferingOrRefuse() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("receive")
            .startEvent()
            .receiveTask("paymentConfirmed")
            .message(m -> m.name("payment-confirmed").zeebeCorrelationKeyExpression("paymentId"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("receive", Map.of("paymentId", "20260001"));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);

    // when
    MessageCorrelated correlated =
        EngineRule.await(
            engine
                .engine()
                .correlateMessage(
                    new EngineCommand.CorrelateMessage("payment-confirmed", "20260001", Map.of())));

    // then: a numeric correlation key matches its text
    assertThat(correlated.processInstanceKey()).isEqualTo(instanceKey);
    awaitCompleted(instanceKey);
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .correlateMessage(
                            new EngineCommand.CorrelateMessage(
                                "payment-confirmed", "20260001", Map.of()))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.NOT_FOUND));
  }

  @Test
  void shouldCloseTheSubscriptionWhenTheInstanceIsCanceled() {
    // given
    engine.deploy(waitForCorrection("closed"));
    long instanceKey = engine.createInstance("closed", Map.of("applicationId", "\"JY-7\""));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));
    MessageCorrelated published = publish("application-corrected", "JY-7", 0, null, Map.of());

    // then
    assertThat(published.processInstanceKey()).isEqualTo(-1);
    assertThat(
            ((org.tongxing.engine.record.MessageSubscriptionRecord)
                    engine
                        .awaitRecord(r -> r.intent() == MessageSubscriptionIntent.DELETED)
                        .value())
                .processInstanceKey())
        .isEqualTo(instanceKey);
  }
}

package org.tongxing.engine.processing.bpmn.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.MessageSubscriptionIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.TimerIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Event-based gateways: the first event to occur decides the path. */
class EventBasedGatewayTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  /** Item 10.3: a petition is accepted or refused within 15 days, or it is escalated. */
  private static BpmnModelInstance acceptance(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .eventBasedGateway("decideWithin15Days")
        .intermediateCatchEvent(
            "decided",
            e ->
                e.message(
                    m ->
                        m.name(processId + "-decided").zeebeCorrelationKeyExpression("petitionId")))
        .endEvent("onTime")
        .moveToLastGateway()
        .intermediateCatchEvent("fifteenDays", e -> e.timerWithDuration("P15D"))
        .endEvent("escalated")
        .done();
  }

  @Test
  void shouldFollowTheMessageWhenItComesFirst() {
    // given
    engine.deploy(acceptance("acceptance"));
    long instanceKey = engine.createInstance("acceptance", Map.of("petitionId", "\"XF-9\""));
    engine.awaitRecord(r -> r.intent() == MessageSubscriptionIntent.CREATED);

    // when
    EngineRule.await(
        engine
            .engine()
            .publishMessage(
                new EngineCommand.PublishMessage(
                    "acceptance-decided", "XF-9", 0, null, Map.of("accepted", "true"))));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed())
        .contains("decideWithin15Days", "decided", "onTime")
        .doesNotContain("fifteenDays", "escalated");
    assertThat(engine.records(r -> r.intent() == TimerIntent.CANCELED)).hasSize(1);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.name().equals("accepted")
                        && v.scopeKey() == instanceKey))
        .hasSize(1);
  }

  @Test
  void shouldFollowTheTimerWhenItFiresFirst() {
    // given
    engine.deploy(acceptance("late"));
    long instanceKey = engine.createInstance("late", Map.of("petitionId", "\"XF-10\""));
    engine.awaitRecord(r -> r.intent() == TimerIntent.CREATED);

    // when
    engine.setClock(EngineRule.START_TIME + Duration.ofDays(15).toMillis());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed()).contains("fifteenDays", "escalated").doesNotContain("onTime");
    assertThat(engine.records(r -> r.intent() == MessageSubscriptionIntent.DELETED)).hasSize(1);
  }

  private List<String> completed() {
    return engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED).stream()
        .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .toList();
  }
}

package org.tongxing.engine.processing.bpmn.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.util.EngineRule;

/** Link events: a throw link event goes on at the catch link event of its name in its scope. */
class LinkEventTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  /**
   * Adds a catch link event to a process or sub-process of the model; the fluent builder cannot
   * start a path without an incoming flow, so the path is built on from the event.
   */
  private static AbstractFlowNodeBuilder<?, ?> catchLink(
      BpmnModelInstance model, String scopeId, String id, String name) {
    BaseElement scope = model.getModelElementById(scopeId);
    IntermediateCatchEvent event = model.newInstance(IntermediateCatchEvent.class, id);
    scope.addChildElement(event);
    LinkEventDefinition link = model.newInstance(LinkEventDefinition.class);
    link.setName(name);
    event.getEventDefinitions().add(link);
    return event.builder();
  }

  /** Deploys without the diagram: the builder cannot lay out a path that starts from nothing. */
  private void deploy(BpmnModelInstance model) {
    model.getDefinitions().getBpmDiagrams().clear();
    engine.deploy(model);
  }

  private List<String> completedElements(long instanceKey) {
    return engine
        .records(
            r ->
                r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    && ((ProcessInstanceRecord) r.value()).processInstanceKey() == instanceKey)
        .stream()
        .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .toList();
  }

  private void awaitCompleted(long instanceKey) {
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  private void completeJob(String type) {
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(engine.activateJobs(type).get(0).key(), Map.of())));
  }

  @Test
  void shouldGoOnAtTheCatchLinkEventOfTheSameName() {
    // given
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("linked")
            .startEvent()
            .serviceTask("Task_Register", t -> t.zeebeJobType("register"))
            .intermediateThrowEvent("Throw_ToReview", e -> e.link("to-review"))
            .done();
    catchLink(model, "linked", "Catch_ToReview", "to-review")
        .serviceTask("Task_Review", t -> t.zeebeJobType("review"))
        .endEvent("End_Reviewed");
    deploy(model);
    long instanceKey = engine.createInstance("linked", Map.of());

    // when
    completeJob("register");
    completeJob("review");

    // then the path went from the throw to the catch link event, without a sequence flow
    awaitCompleted(instanceKey);
    assertThat(completedElements(instanceKey))
        .containsSubsequence(
            "Task_Register",
            "Throw_ToReview",
            "Catch_ToReview",
            "Task_Review",
            "End_Reviewed",
            "linked");
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN
                        && ((ProcessInstanceRecord) r.value())
                            .elementId()
                            .equals("Throw_ToReview")))
        .isEmpty();
  }

  @Test
  void shouldLetSeveralThrowLinkEventsLoopBackToOneCatchLinkEvent() {
    // given 补正: an incomplete application goes back to the check, as many times as needed
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("resubmit")
            .startEvent()
            .intermediateThrowEvent("Throw_FirstCheck", e -> e.link("check"))
            .done();
    catchLink(model, "resubmit", "Catch_Check", "check")
        .serviceTask("Task_Check", t -> t.zeebeJobType("check"))
        .exclusiveGateway("Gateway_Complete")
        .sequenceFlowId("Flow_Complete")
        .conditionExpression("= complete")
        .endEvent("End_Done")
        .moveToLastExclusiveGateway()
        .defaultFlow()
        .intermediateThrowEvent("Throw_Again", e -> e.link("check"));
    deploy(model);
    long instanceKey = engine.createInstance("resubmit", Map.of());

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    engine.activateJobs("check").get(0).key(), Map.of("complete", "false"))));
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    engine.activateJobs("check").get(0).key(), Map.of("complete", "true"))));

    // then
    awaitCompleted(instanceKey);
    assertThat(completedElements(instanceKey).stream().filter("Task_Check"::equals)).hasSize(2);
    assertThat(completedElements(instanceKey))
        .containsSubsequence(
            "Throw_FirstCheck",
            "Catch_Check",
            "Task_Check",
            "Throw_Again",
            "Catch_Check",
            "Task_Check",
            "End_Done");
  }

  @Test
  void shouldLetAnInclusiveJoinWaitForATokenOnItsWayThroughALink() {
    // given a path that reaches the join only through a link
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("joined")
            .startEvent()
            .inclusiveGateway("Gateway_Fork")
            .sequenceFlowId("Flow_A")
            .conditionExpression("= true")
            .serviceTask("Task_A", t -> t.zeebeJobType("a"))
            .inclusiveGateway("Gateway_Join")
            .endEvent("End_Joined")
            .moveToNode("Gateway_Fork")
            .sequenceFlowId("Flow_B")
            .conditionExpression("= true")
            .serviceTask("Task_B", t -> t.zeebeJobType("b"))
            .intermediateThrowEvent("Throw_ToJoin", e -> e.link("to-join"))
            .done();
    catchLink(model, "joined", "Catch_ToJoin", "to-join").connectTo("Gateway_Join");
    deploy(model);
    long instanceKey = engine.createInstance("joined", Map.of());

    // when the first path arrives, the join waits for the one still before the link
    completeJob("a");
    engine.awaitRecord(
        r ->
            r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                && ((ProcessInstanceRecord) r.value()).elementId().equals("Task_A"));
    completeJob("b");

    // then it joins both, once
    awaitCompleted(instanceKey);
    List<Record> joins =
        engine.records(
            r ->
                r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                    && ((ProcessInstanceRecord) r.value()).elementId().equals("Gateway_Join"));
    assertThat(joins).hasSize(1);
    assertThat(completedElements(instanceKey).indexOf("Gateway_Join"))
        .isGreaterThan(completedElements(instanceKey).indexOf("Catch_ToJoin"));
  }

  @Test
  void shouldRefuseAThrowLinkEventWithoutItsCatchLinkEventInTheSameScope() {
    // given the catch link event is outside the sub-process of the throw link event
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("scoped")
            .startEvent()
            .subProcess("SubProcess_Check")
            .embeddedSubProcess()
            .startEvent()
            .intermediateThrowEvent("Throw_Out", e -> e.link("out"))
            .subProcessDone()
            .endEvent()
            .done();
    catchLink(model, "scoped", "Catch_Out", "out").endEvent();

    // when - then
    assertThatThrownBy(() -> deploy(model))
        .hasMessageContaining(
            "Element 'Throw_Out': Expected a catch link event named 'out' in"
                + " the same scope ('SubProcess_Check') as the throw link event, but there is none");
  }

  @Test
  void shouldRefuseTwoCatchLinkEventsOfOneNameInAScope() {
    // given
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("twice")
            .startEvent()
            .intermediateThrowEvent("Throw_A", e -> e.link("a"))
            .done();
    catchLink(model, "twice", "Catch_A1", "a").endEvent();
    catchLink(model, "twice", "Catch_A2", "a").endEvent();

    // when - then
    assertThatThrownBy(() -> deploy(model))
        .hasMessageContaining(
            "Expected one catch link event named 'a' in scope 'twice', but"
                + " found 2: [Catch_A1, Catch_A2]");
  }
}

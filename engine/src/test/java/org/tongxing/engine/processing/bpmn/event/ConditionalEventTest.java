package org.tongxing.engine.processing.bpmn.event;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.util.EngineRule;

/**
 * Conditional events are not part of Camunda 8.8 (they come with 8.9): a model with one is refused
 * at deployment, naming the element, as a cluster refuses it (docs/engine.md says why).
 */
class ConditionalEventTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private void assertRefused(BpmnModelInstance model, String elementId, String kind) {
    assertThatThrownBy(() -> engine.deploy(model))
        .isInstanceOf(CommandRejectedException.class)
        .hasMessageContaining(
            "Element '"
                + elementId
                + "': Expected an event definition that"
                + " Camunda 8.8 runs, but "
                + kind
                + " with conditionalEventDefinition is not part"
                + " of Camunda 8.8")
        .hasMessageNotContaining("start events");
  }

  @Test
  void shouldRefuseAConditionalBoundaryEvent() {
    assertRefused(
        Bpmn.createExecutableProcess("changed-during-review")
            .startEvent()
            .userTask("Task_Review", t -> t.zeebeUserTask())
            .boundaryEvent("Boundary_AddressChanged")
            .condition("= addressChanged")
            .endEvent()
            .moveToActivity("Task_Review")
            .endEvent()
            .done(),
        "Boundary_AddressChanged",
        "boundaryEvent");
  }

  @Test
  void shouldRefuseAConditionalIntermediateCatchEvent() {
    assertRefused(
        Bpmn.createExecutableProcess("wait-until-ready")
            .startEvent()
            .intermediateCatchEvent("Catch_DocumentsComplete")
            .condition("= documentsComplete")
            .endEvent()
            .done(),
        "Catch_DocumentsComplete",
        "intermediateCatchEvent");
  }

  @Test
  void shouldRefuseAConditionalEventSubProcess() {
    var process = Bpmn.createExecutableProcess("withdrawn-by-condition");
    process.eventSubProcess(
        "EventSubProcess_Withdrawn",
        sub -> sub.startEvent("Start_Withdrawn").condition("= withdrawn").endEvent());
    assertRefused(
        process.startEvent().userTask("Task_Review", t -> t.zeebeUserTask()).endEvent().done(),
        "Start_Withdrawn",
        "startEvent");
  }
}

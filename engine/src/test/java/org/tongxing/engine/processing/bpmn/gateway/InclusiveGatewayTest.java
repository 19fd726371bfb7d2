package org.tongxing.engine.processing.bpmn.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.util.EngineRule;

/** Inclusive gateways: fork on every true condition, join on the tokens that can arrive. */
class InclusiveGatewayTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  /** Accreditation: health and education inspect when the institution needs them. */
  private static BpmnModelInstance inspections(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .inclusiveGateway("fork")
        .sequenceFlowId("toHealth")
        .conditionExpression("= needsHealth")
        .serviceTask("health", t -> t.zeebeJobType(processId + "-health"))
        .inclusiveGateway("join")
        .endEvent("inspected")
        .moveToNode("fork")
        .sequenceFlowId("toEducation")
        .conditionExpression("= needsEducation")
        .serviceTask("education", t -> t.zeebeJobType(processId + "-education"))
        .connectTo("join")
        .moveToNode("fork")
        .sequenceFlowId("toFees")
        .conditionExpression("= needsFees")
        .serviceTask("fees", t -> t.zeebeJobType(processId + "-fees"))
        .connectTo("join")
        .done();
  }

  @Test
  void shouldTakeEveryFlowWhoseConditionHoldsAndJoinThem() {
    // given
    engine.deploy(inspections("inspections"));
    long instanceKey =
        engine.createInstance(
            "inspections",
            Map.of("needsHealth", "true", "needsEducation", "true", "needsFees", "false"));

    // when
    List<ActivatedJob> health = engine.activateJobs("inspections-health");
    List<ActivatedJob> education = engine.activateJobs("inspections-education");
    complete(health.get(0));

    // then the join waits for education, which can still arrive
    assertThat(engine.activateJobs("inspections-fees")).isEmpty();
    complete(education.get(0));
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed("join")).hasSize(1);
    assertThat(completed("inspected")).hasSize(1);
  }

  @Test
  void shouldJoinAtOnceWhenOnlyOnePathWasTaken() {
    // given
    engine.deploy(inspections("one-inspection"));
    long instanceKey =
        engine.createInstance(
            "one-inspection",
            Map.of("needsHealth", "false", "needsEducation", "false", "needsFees", "true"));

    // when
    complete(engine.activateJobs("one-inspection-fees").get(0));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed("join")).hasSize(1);
  }

  private void complete(ActivatedJob job) {
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of())));
  }

  private List<Object> completed(String elementId) {
    return engine
        .records(
            r ->
                r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    && ((ProcessInstanceRecord) r.value()).elementId().equals(elementId))
        .stream()
        .map(r -> (Object) r)
        .toList();
  }
}

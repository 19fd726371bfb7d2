package org.tongxing.engine.processing.bpmn.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.engine.util.RecordingExporter.intent;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.util.EngineRule;

class ParallelGatewayTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private void deployForkJoin(String processId) {
    engine.deploy(
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .parallelGateway("fork")
            .serviceTask("hrss", t -> t.zeebeJobType(processId + "-hrss"))
            .parallelGateway("join")
            .endEvent("end")
            .moveToNode("fork")
            .serviceTask("finance", t -> t.zeebeJobType(processId + "-finance"))
            .connectTo("join")
            .done());
  }

  @Test
  void shouldForkOntoEveryOutgoingFlow() {
    // given
    deployForkJoin("parallel-fork");

    // when
    engine.createInstance("parallel-fork", Map.of());

    // then
    assertThat(engine.activateJobs("parallel-fork-hrss")).hasSize(1);
    assertThat(engine.activateJobs("parallel-fork-finance")).hasSize(1);
  }

  @Test
  void shouldJoinOnlyWhenEveryIncomingFlowHasAToken() {
    // given
    deployForkJoin("parallel-join");
    long instanceKey = engine.createInstance("parallel-join", Map.of());
    ActivatedJob hrss = engine.activateJobs("parallel-join-hrss").get(0);
    ActivatedJob finance = engine.activateJobs("parallel-join-finance").get(0);

    // when the first path arrives
    complete(hrss);

    // then the join waits
    assertThat(activated("join")).isEmpty();

    // when the second path arrives
    complete(finance);

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(activated("join")).hasSize(1);
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        && ((ProcessInstanceRecord) r.value()).bpmnElementType()
                            == BpmnElementType.END_EVENT))
        .hasSize(1);
  }

  @Test
  void shouldCompleteAfterParallelPathsEndWithoutAJoin() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("split")
            .startEvent()
            .parallelGateway("fork")
            .serviceTask("a", t -> t.zeebeJobType("split-a"))
            .endEvent("endA")
            .moveToNode("fork")
            .serviceTask("b", t -> t.zeebeJobType("split-b"))
            .endEvent("endB")
            .done());
    long instanceKey = engine.createInstance("split", Map.of());

    // when
    complete(engine.activateJobs("split-a").get(0));

    // then the process waits for the other path
    assertThat(
            engine.records(
                r ->
                    r.key() == instanceKey
                        && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .isEmpty();

    // when
    complete(engine.activateJobs("split-b").get(0));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  private void complete(ActivatedJob job) {
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of())));
  }

  private List<Record> activated(String elementId) {
    return engine.records(intent(ProcessInstanceIntent.ELEMENT_ACTIVATED)).stream()
        .filter(r -> ((ProcessInstanceRecord) r.value()).elementId().equals(elementId))
        .toList();
  }
}

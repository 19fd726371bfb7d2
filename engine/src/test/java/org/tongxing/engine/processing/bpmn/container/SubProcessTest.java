package org.tongxing.engine.processing.bpmn.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

class SubProcessTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldRunItsElementsInItsOwnScopeAndMoveOn() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("sub")
            .startEvent("start")
            .subProcess(
                "inspection",
                s ->
                    s.zeebeInputExpression("county", "inspectedCounty")
                        .zeebeOutputExpression("inspectionResult", "result"))
            .embeddedSubProcess()
            .startEvent("innerStart")
            .serviceTask("inspect", t -> t.zeebeJobType("sub-inspect"))
            .endEvent("innerEnd")
            .subProcessDone()
            .endEvent("end")
            .done());
    long instanceKey = engine.createInstance("sub", Map.of("county", "\"鹿城区\""));

    // when
    ActivatedJob job = engine.activateJobs("sub-inspect").get(0);
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(job.key(), Map.of("inspectionResult", "\"合格\""))));

    // then
    assertThat(job.variables()).containsEntry("inspectedCounty", "\"鹿城区\"");
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .containsExactly("start", "innerStart", "inspect", "innerEnd", "inspection", "end", "sub");
    // the output mapping took the job's variable out of the sub-process scope as "result"
    assertThat(
            engine.records(
                r -> r.value() instanceof VariableRecord v && v.scopeKey() == instanceKey))
        .extracting(r -> ((VariableRecord) r.value()).name())
        .contains("result")
        .doesNotContain("inspectedCounty");
  }

  @Test
  void shouldTerminateWhatIsInsideWhenTheInstanceIsCanceled() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("sub-cancel")
            .startEvent()
            .subProcess("inner")
            .embeddedSubProcess()
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("sub-cancel-work"))
            .endEvent()
            .subProcessDone()
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("sub-cancel", Map.of());
    engine.activateJobs("sub-cancel-work");

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .containsExactly("work", "inner", "sub-cancel");
  }
}

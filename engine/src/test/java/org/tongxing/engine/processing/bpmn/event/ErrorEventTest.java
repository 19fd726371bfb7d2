package org.tongxing.engine.processing.bpmn.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** BPMN errors thrown by workers and by error end events, caught by error boundary events. */
class ErrorEventTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldCatchAWorkersErrorOnTheTasksBoundary() {
    // given: the employer type check says "not eligible" as a business error (item 1.4)
    engine.deploy(
        Bpmn.createExecutableProcess("eligibility")
            .startEvent()
            .serviceTask("checkEmployerType", t -> t.zeebeJobType("check-employer-type"))
            .boundaryEvent("notEligible", b -> b.error("EMPLOYER_NOT_ELIGIBLE"))
            .endEvent("rejected")
            .moveToActivity("checkEmployerType")
            .endEvent("checked")
            .done());
    long instanceKey = engine.createInstance("eligibility", Map.of());
    ActivatedJob job = engine.activateJobs("check-employer-type").get(0);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.ThrowJobError(
                    job.key(),
                    "EMPLOYER_NOT_ELIGIBLE",
                    "党政机关不享受补贴",
                    Map.of("rejectionReason", "\"党政机关\""))));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed()).contains("notEligible", "rejected").doesNotContain("checked");
    assertThat(engine.records(r -> r.intent() == JobIntent.CANCELED)).hasSize(1);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.name().equals("rejectionReason")
                        && v.scopeKey() == instanceKey))
        .hasSize(1);
  }

  @Test
  void shouldPreferTheMatchingCodeToTheCatchAll() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("specific")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("specific-work"))
            .boundaryEvent("anyError", b -> b.error())
            .endEvent("caughtByAny")
            .moveToActivity("work")
            .boundaryEvent("wageTooLow", b -> b.error("WAGE_BELOW_150_PERCENT"))
            .endEvent("caughtBySpecific")
            .moveToActivity("work")
            .endEvent("done")
            .done());
    long instanceKey = engine.createInstance("specific", Map.of());
    ActivatedJob job = engine.activateJobs("specific-work").get(0);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.ThrowJobError(
                    job.key(), "WAGE_BELOW_150_PERCENT", "", Map.of())));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed()).contains("caughtBySpecific").doesNotContain("caughtByAny");
  }

  @Test
  void shouldCatchAnErrorEndEventOnItsSubProcess() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("sub-error")
            .startEvent()
            .subProcess("inspection")
            .embeddedSubProcess()
            .startEvent()
            .endEvent("inspectionFailed", e -> e.error("INSPECTION_FAILED"))
            .subProcessDone()
            .boundaryEvent("failed", b -> b.error("INSPECTION_FAILED"))
            .endEvent("suspended")
            .moveToActivity("inspection")
            .endEvent("accredited")
            .done());

    // when
    long instanceKey = engine.createInstance("sub-error", Map.of());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(completed()).contains("failed", "suspended").doesNotContain("accredited");
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .containsExactly("inspectionFailed", "inspection");
  }

  @Test
  void shouldRaiseAnIncidentWhenNothingCatchesTheError() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("uncaught")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("uncaught-work"))
            .endEvent()
            .done());
    engine.createInstance("uncaught", Map.of());
    ActivatedJob job = engine.activateJobs("uncaught-work").get(0);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.ThrowJobError(job.key(), "UNKNOWN_CODE", "no catch", Map.of())));

    // then
    IncidentRecord incident =
        (IncidentRecord) engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED).value();
    assertThat(incident.errorType()).isEqualTo(ErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(incident.errorMessage()).contains("UNKNOWN_CODE");
  }

  @Test
  void shouldEndTheWholeScopeWithATerminateEndEvent() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("terminate")
            .startEvent()
            .parallelGateway("fork")
            .serviceTask("slow", t -> t.zeebeJobType("terminate-slow"))
            .endEvent("slowDone")
            .moveToNode("fork")
            .endEvent("stopAll", e -> e.terminate())
            .done());

    // when
    long instanceKey = engine.createInstance("terminate", Map.of());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.activateJobs("terminate-slow")).isEmpty();
    assertThat(completed()).contains("stopAll").doesNotContain("slowDone");
  }

  private List<String> completed() {
    return engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED).stream()
        .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .toList();
  }
}

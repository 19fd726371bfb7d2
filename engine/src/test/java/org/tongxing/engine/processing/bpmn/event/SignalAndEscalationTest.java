package org.tongxing.engine.processing.bpmn.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.SignalSubscriptionIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

/** Signals (broadcast, start, catch, boundary, throw), escalations and message throw events. */
class SignalAndEscalationTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldReachEveryWaitingInstanceAndStartOneNewInstancePerProcess() {
    // given: the subsidy year closes; waiting applications move on, and a report starts
    engine.deploy(
        Bpmn.createExecutableProcess("waiting")
            .startEvent()
            .intermediateCatchEvent("yearClosed", e -> e.signal("subsidy-year-closed"))
            .endEvent()
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("report")
            .startEvent("onYearClosed")
            .signal("subsidy-year-closed")
            .serviceTask("compile", t -> t.zeebeJobType("report-compile"))
            .endEvent()
            .done());
    long first = engine.createInstance("waiting", Map.of());
    long second = engine.createInstance("waiting", Map.of());
    Awaitility.await()
        .until(
            () -> engine.records(r -> r.intent() == SignalSubscriptionIntent.CREATED).size() == 3);

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.BroadcastSignal("subsidy-year-closed", Map.of("year", "2025"))));

    // then
    engine.awaitRecord(
        r -> r.key() == first && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    engine.awaitRecord(
        r -> r.key() == second && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    List<ActivatedJob> jobs = engine.activateJobs("report-compile");
    assertThat(jobs)
        .singleElement()
        .satisfies(job -> assertThat(job.variables()).containsEntry("year", "2025"));
  }

  @Test
  void shouldInterruptWithASignalBoundaryEventThrownByAnotherProcess() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("signal-review")
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .boundaryEvent("policySuspended", b -> b.signal("policy-suspended"))
            .endEvent("suspended")
            .moveToActivity("review")
            .endEvent("reviewed")
            .done());
    engine.deploy(
        Bpmn.createExecutableProcess("suspend")
            .startEvent()
            .intermediateThrowEvent("announce", e -> e.signal("policy-suspended"))
            .endEvent()
            .done());
    long reviewKey = engine.createInstance("signal-review", Map.of());
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    engine.createInstance("suspend", Map.of());

    // then
    engine.awaitRecord(
        r -> r.key() == reviewKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
  }

  @Test
  void shouldCatchAnEscalationWithoutInterruptingTheSubProcess() {
    // given: an overdue inspection escalates to the supervisor and carries on
    engine.deploy(
        Bpmn.createExecutableProcess("escalate")
            .startEvent()
            .subProcess("inspection")
            .embeddedSubProcess()
            .startEvent()
            .intermediateThrowEvent("overdue", e -> e.escalation("INSPECTION_OVERDUE"))
            .serviceTask("inspect", t -> t.zeebeJobType("escalate-inspect"))
            .endEvent()
            .subProcessDone()
            .boundaryEvent(
                "toSupervisor", b -> b.escalation("INSPECTION_OVERDUE").cancelActivity(false))
            .serviceTask("notifySupervisor", t -> t.zeebeJobType("escalate-notify"))
            .endEvent()
            .moveToActivity("inspection")
            .endEvent()
            .done());

    // when
    engine.createInstance("escalate", Map.of());

    // then both the supervisor and the inspection carry on
    assertThat(engine.activateJobs("escalate-notify")).hasSize(1);
    assertThat(engine.activateJobs("escalate-inspect")).hasSize(1);
  }

  @Test
  void shouldLetAnUncaughtEscalationGoOn() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("uncaught-escalation")
            .startEvent()
            .intermediateThrowEvent("nobodyListens", e -> e.escalation("NOBODY"))
            .endEvent()
            .done());

    // when
    long instanceKey = engine.createInstance("uncaught-escalation", Map.of());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldHaveAWorkerSendAMessageThrowEvent() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("notify")
            .startEvent()
            .intermediateThrowEvent(
                "notifyApplicant",
                e -> e.message("application-received").zeebeJobType("notify-applicant"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("notify", Map.of());

    // when
    ActivatedJob job = engine.activateJobs("notify-applicant").get(0);
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of())));

    // then
    assertThat(job.job().elementId()).isEqualTo("notifyApplicant");
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        && ((ProcessInstanceRecord) r.value()).bpmnElementType()
                            == BpmnElementType.INTERMEDIATE_THROW_EVENT))
        .hasSize(1);
  }
}

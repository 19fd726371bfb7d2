package org.tongxing.engine.processing.bpmn.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.JobKind;
import org.tongxing.engine.record.JobListenerEventType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Execution listeners (zeebe:executionListener): jobs the element waits for at start and end. */
class ExecutionListenerTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldRunStartListenersInOrderAfterInputMappingsAndBeforeTheJob() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("subsidy")
            .startEvent()
            .serviceTask(
                "pay",
                t ->
                    t.zeebeJobType("payment")
                        .zeebeInputExpression("monthlyWage * 12", "annualWage")
                        .zeebeStartExecutionListener("fetch-minimum-wage")
                        .zeebeStartExecutionListener("audit-start"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("subsidy", Map.of("monthlyWage", "3000"));

    // then the first listener runs first, seeing the input mapping's local variable
    assertThat(engine.activateJobs("payment")).isEmpty();
    assertThat(engine.activateJobs("audit-start")).isEmpty();
    ActivatedJob first = engine.activateJobs("fetch-minimum-wage").get(0);
    assertThat(first.job().kind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(first.job().listenerEventType()).isEqualTo(JobListenerEventType.START);
    assertThat(first.variables()).containsEntry("annualWage", "36000");
    complete(first, Map.of("minimumWage", "2690"));

    // the second one sees the first one's variable
    ActivatedJob second = engine.activateJobs("audit-start").get(0);
    assertThat(second.variables()).containsEntry("minimumWage", "2690");
    assertThat(engine.activateJobs("payment")).isEmpty();
    complete(second, Map.of());

    // and then the task does its work with both
    ActivatedJob payment = engine.activateJobs("payment").get(0);
    assertThat(payment.job().kind()).isEqualTo(JobKind.BPMN_ELEMENT);
    assertThat(payment.job().listenerEventType()).isEqualTo(JobListenerEventType.UNSPECIFIED);
    assertThat(payment.variables())
        .containsEntry("minimumWage", "2690")
        .containsEntry("annualWage", "36000");
    complete(payment, Map.of());
    awaitCompleted(instanceKey);

    // a start listener's variables are local to the element: they left with it
    Record minimumWage =
        engine.awaitRecord(
            r ->
                r.intent() == VariableIntent.CREATED
                    && ((VariableRecord) r.value()).name().equals("minimumWage"));
    assertThat(((VariableRecord) minimumWage.value()).scopeKey()).isNotEqualTo(instanceKey);
  }

  @Test
  void shouldRunEndListenersAfterOutputMappingsAndPropagateTheirVariables() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .serviceTask(
                "check",
                t ->
                    t.zeebeJobType("check")
                        .zeebeOutputExpression("result", "checkResult")
                        .zeebeEndExecutionListener("notify"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("review", Map.of());
    complete(engine.activateJobs("check").get(0), Map.of("result", "\"valid\""));

    // then the element waits for its end listener, which sees the output mapping's result
    ActivatedJob notify = engine.activateJobs("notify").get(0);
    assertThat(notify.job().listenerEventType()).isEqualTo(JobListenerEventType.END);
    assertThat(notify.variables()).containsEntry("checkResult", "\"valid\"");
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        && elementId(r).equals("check")))
        .isEmpty();

    // when
    complete(notify, Map.of("notifiedAt", "\"2026-11-28\""));

    // then its variables reach the process as output mappings' do
    awaitCompleted(instanceKey);
    Record notified =
        engine.awaitRecord(
            r ->
                r.intent() == VariableIntent.CREATED
                    && ((VariableRecord) r.value()).name().equals("notifiedAt"));
    assertThat(((VariableRecord) notified.value()).scopeKey()).isEqualTo(instanceKey);
    assertThat(
            engine.records(
                r ->
                    r.intent() == VariableIntent.CREATED
                        && ((VariableRecord) r.value()).name().equals("checkResult")))
        .extracting(r -> ((VariableRecord) r.value()).scopeKey())
        .containsExactly(instanceKey);
  }

  @Test
  void shouldLetAStartListenerDecideTheGatewaysPath() {
    // given a gateway whose condition needs a variable that a listener fetches
    engine.deploy(
        Bpmn.createExecutableProcess("route")
            .startEvent()
            .exclusiveGateway("eligible")
            .zeebeStartExecutionListener("fetch-certificate")
            .sequenceFlowId("yes")
            .conditionExpression("= certified")
            .endEvent("approved")
            .moveToLastExclusiveGateway()
            .sequenceFlowId("no")
            .defaultFlow()
            .endEvent("rejected")
            .done());
    long instanceKey = engine.createInstance("route", Map.of());

    // when
    complete(engine.activateJobs("fetch-certificate").get(0), Map.of("certified", "true"));

    // then
    awaitCompleted(instanceKey);
    assertThat(completedElements()).contains("approved").doesNotContain("rejected");
  }

  @Test
  void shouldRunProcessListenersBeforeTheStartEventAndAfterTheLastElement() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("case")
            .zeebeStartExecutionListener("open-case")
            .zeebeEndExecutionListener("close-case")
            .startEvent("received")
            .endEvent("done")
            .done());
    long instanceKey = engine.createInstance("case", Map.of("applicant", "\"王芳\""));

    // then nothing in the process starts before its start listener completed
    ActivatedJob open = engine.activateJobs("open-case").get(0);
    assertThat(open.variables()).containsEntry("applicant", "\"王芳\"");
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATING
                        && elementId(r).equals("received")))
        .isEmpty();
    complete(open, Map.of("caseNumber", "\"DPF-2026-0001\""));

    // the end listener runs once the last element ended and sees the start listener's variable
    ActivatedJob close = engine.activateJobs("close-case").get(0);
    assertThat(close.variables()).containsEntry("caseNumber", "\"DPF-2026-0001\"");
    engine.awaitRecord(
        r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED && elementId(r).equals("done"));
    assertThat(completedElements()).containsExactly("received", "done");
    complete(close, Map.of());
    awaitCompleted(instanceKey);
  }

  @Test
  void shouldStartAtTheMessageStartEventWithItsVariablesAfterTheProcessStartListener() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("petition")
            .zeebeStartExecutionListener("register")
            .startEvent("received")
            .message("petition-received")
            .serviceTask("handle", t -> t.zeebeJobType("handle"))
            .endEvent()
            .done());

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.PublishMessage(
                    "petition-received", "", 0, "", Map.of("petitioner", "\"李雷\""))));
    complete(engine.activateJobs("register").get(0), Map.of());

    // then
    ActivatedJob handle = engine.activateJobs("handle").get(0);
    assertThat(handle.variables()).containsEntry("petitioner", "\"李雷\"");
  }

  @Test
  void shouldRaiseAnIncidentWhenAListenerJobHasNoRetriesAndResumeWithThatListener() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("flaky")
            .startEvent()
            .serviceTask(
                "task",
                t ->
                    t.zeebeJobType("work")
                        .zeebeStartExecutionListener("first")
                        .zeebeStartExecutionListener("second", "1"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("flaky", Map.of());
    complete(engine.activateJobs("first").get(0), Map.of());
    ActivatedJob second = engine.activateJobs("second").get(0);

    // when
    execute(new EngineCommand.FailJob(second.key(), 0, "registry unreachable", 0, Map.of()));

    // then
    Record incident = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    IncidentRecord value = (IncidentRecord) incident.value();
    assertThat(value.errorType()).isEqualTo(ErrorType.EXECUTION_LISTENER_NO_RETRIES);
    assertThat(value.errorMessage()).isEqualTo("registry unreachable");
    assertThat(value.jobKey()).isEqualTo(second.key());

    // when
    execute(new EngineCommand.UpdateJob(second.key(), 1, null));
    execute(new EngineCommand.ResolveIncident(incident.key()));

    // then only the failed listener runs again, and the element goes on
    complete(engine.activateJobs("second").get(0), Map.of());
    complete(engine.activateJobs("work").get(0), Map.of());
    awaitCompleted(instanceKey);
    assertThat(
            engine.records(
                r ->
                    r.intent() == JobIntent.CREATED
                        && ((org.tongxing.engine.record.JobRecord) r.value())
                            .type()
                            .equals("first")))
        .hasSize(1);
  }

  @Test
  void shouldRaiseAnIncidentWhenTheListenerTypeCannotBeEvaluated() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("dynamic")
            .startEvent()
            .manualTask("task")
            .zeebeExecutionListener(l -> l.start().typeExpression("listenerType"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("dynamic", Map.of());
    Record incident = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    assertThat(((IncidentRecord) incident.value()).errorType())
        .isEqualTo(ErrorType.EXTRACT_VALUE_ERROR);

    // when
    execute(
        new EngineCommand.SetVariables(instanceKey, Map.of("listenerType", "\"audit\""), false));
    execute(new EngineCommand.ResolveIncident(incident.key()));

    // then
    complete(engine.activateJobs("audit").get(0), Map.of());
    awaitCompleted(instanceKey);
  }

  @Test
  void shouldRefuseToThrowAnErrorForAListenerJob() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("strict")
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType("work").zeebeStartExecutionListener("check"))
            .endEvent()
            .done());
    engine.createInstance("strict", Map.of());
    ActivatedJob check = engine.activateJobs("check").get(0);

    // when - then
    assertThatThrownBy(
            () ->
                execute(
                    new EngineCommand.ThrowJobError(check.key(), "INVALID", "not valid", Map.of())))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.INVALID_STATE))
        .hasMessageContaining("execution listener");
    complete(check, Map.of());
    assertThat(engine.activateJobs("work")).hasSize(1);
  }

  @Test
  void shouldCancelTheListenerJobWhenTheInstanceIsCancelled() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("cancel")
            .startEvent()
            .serviceTask("task", t -> t.zeebeJobType("work").zeebeStartExecutionListener("check"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("cancel", Map.of());
    ActivatedJob check = engine.activateJobs("check").get(0);

    // when
    execute(new EngineCommand.CancelProcessInstance(instanceKey));

    // then
    engine.awaitRecord(r -> r.key() == check.key() && r.intent() == JobIntent.CANCELED);
    assertThatThrownBy(() -> complete(check, Map.of()))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.NOT_FOUND));
  }

  @Test
  void shouldRunTheListenersOfEachInstanceOfAMultiInstanceActivity() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("countersign")
            .startEvent()
            .userTask(
                "sign",
                t ->
                    t.zeebeUserTask()
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("signers")
                                    .zeebeInputElement("signer"))
                        .zeebeStartExecutionListener("notify-signer"))
            .endEvent()
            .done());
    engine.createInstance("countersign", Map.of("signers", "[\"dpf\",\"hrss\",\"civil\"]"));

    // then
    List<ActivatedJob> jobs = engine.activateJobs("notify-signer");
    assertThat(jobs)
        .extracting(job -> job.variables().get("signer"))
        .containsExactlyInAnyOrder("\"dpf\"", "\"hrss\"", "\"civil\"");
  }

  @Test
  void shouldRunListenersAgainWhenAnElementIsEnteredAgain() {
    // given a loop back to the step with the listener (a case sent back: 退回)
    engine.deploy(
        Bpmn.createExecutableProcess("loop")
            .startEvent()
            .exclusiveGateway("join")
            .serviceTask(
                "review",
                t ->
                    t.zeebeJobType("review")
                        .zeebeStartExecutionListener("assign")
                        .zeebeEndExecutionListener("archive"))
            .exclusiveGateway("decision")
            .sequenceFlowId("again")
            .conditionExpression("= sendBack")
            .connectTo("join")
            .moveToNode("decision")
            .sequenceFlowId("done")
            .conditionExpression("= not(sendBack)")
            .endEvent("end")
            .done());
    long instanceKey = engine.createInstance("loop", Map.of());

    for (String sendBack : List.of("true", "false")) {
      complete(engine.activateJobs("assign").get(0), Map.of());
      complete(engine.activateJobs("review").get(0), Map.of("sendBack", sendBack));
      complete(engine.activateJobs("archive").get(0), Map.of());
    }
    awaitCompleted(instanceKey);
  }

  @Test
  void shouldRunTheListenersOfTheEventThatOccurredAfterAnEventBasedGateway() {
    // given a case that waits for the bureau's answer or a deadline; the answer has listeners
    deployAnswerOrDeadline();
    long instanceKey = engine.createInstance("route", Map.of("caseId", "\"C-1\""));

    // when the answer arrives
    execute(
        new EngineCommand.PublishMessage(
            "bureau-answer", "C-1", 0, "", Map.of("answer", "\"accepted\"")));

    // then its start listener runs before the event completes
    ActivatedJob start = engine.activateJobs("log-answer").get(0);
    engine.awaitRecord(
        r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED && elementId(r).equals("await"));
    assertThat(completedElements()).doesNotContain("answered");
    complete(start, Map.of());

    // and the event completes with the message's variables mapped, its end listener runs, and
    // the case goes on
    ActivatedJob end = engine.activateJobs("file-answer").get(0);
    assertThat(end.variables()).containsEntry("bureauAnswer", "\"accepted\"");
    complete(end, Map.of());
    awaitCompleted(instanceKey);
    assertThat(completedElements())
        .containsSubsequence("await", "answered", "handled")
        .doesNotContain("deadline", "late");
  }

  @Test
  void shouldLetAnEventAfterAnEventBasedGatewayWaitWhenAModificationActivatesIt() {
    // given a case at the gateway
    deployAnswerOrDeadline();
    long instanceKey = engine.createInstance("route", Map.of("caseId", "\"C-2\""));
    long gateway =
        engine
            .awaitRecord(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                        && elementId(r).equals("await"))
            .key();

    // when a supervisor moves it to wait for the answer alone
    execute(
        new EngineCommand.ModifyProcessInstance(
            instanceKey,
            List.of(
                new EngineCommand.ModifyProcessInstance.ActivateInstruction(
                    "answered", -1, List.of())),
            List.of(gateway)));
    complete(engine.activateJobs("log-answer").get(0), Map.of());

    // then the event waits for its message, and completes only when it comes
    engine.awaitRecord(
        r ->
            r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                && elementId(r).equals("answered"));
    assertThat(completedElements()).doesNotContain("answered");
    execute(
        new EngineCommand.PublishMessage(
            "bureau-answer", "C-2", 0, "", Map.of("answer", "\"rejected\"")));
    ActivatedJob end = engine.activateJobs("file-answer").get(0);
    assertThat(end.variables()).containsEntry("bureauAnswer", "\"rejected\"");
    complete(end, Map.of());
    awaitCompleted(instanceKey);
  }

  private void deployAnswerOrDeadline() {
    engine.deploy(
        Bpmn.createExecutableProcess("route")
            .startEvent()
            .eventBasedGateway("await")
            .intermediateCatchEvent(
                "answered",
                e ->
                    e.message(m -> m.name("bureau-answer").zeebeCorrelationKeyExpression("caseId"))
                        .zeebeStartExecutionListener("log-answer")
                        .zeebeEndExecutionListener("file-answer")
                        .zeebeOutputExpression("answer", "bureauAnswer"))
            .endEvent("handled")
            .moveToLastGateway()
            .intermediateCatchEvent("deadline", e -> e.timerWithDuration("P15D"))
            .endEvent("late")
            .done());
  }

  private void complete(ActivatedJob job, Map<String, String> variables) {
    execute(new EngineCommand.CompleteJob(job.key(), variables));
  }

  private void execute(EngineCommand command) {
    EngineRule.await(engine.engine().execute(command));
  }

  private void awaitCompleted(long instanceKey) {
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  private List<String> completedElements() {
    return engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED).stream()
        .map(ExecutionListenerTest::elementId)
        .filter(id -> !id.equals("case") && !id.equals("route"))
        .toList();
  }

  private static String elementId(Record record) {
    return ((ProcessInstanceRecord) record.value()).elementId();
  }
}

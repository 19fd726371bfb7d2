package org.tongxing.engine.processing.bpmn.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.BpmnElementType;
import org.tongxing.engine.record.ErrorType;
import org.tongxing.engine.record.IncidentIntent;
import org.tongxing.engine.record.IncidentRecord;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

class CallActivityTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private void deployPayment(String processId) {
    engine.deploy(
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .serviceTask("pay", t -> t.zeebeJobType(processId + "-pay"))
            .endEvent()
            .done());
  }

  @Test
  void shouldRunTheCalledProcessWithTheParentsVariablesAndBringItsVariablesBack() {
    // given
    deployPayment("payment");
    engine.deploy(
        Bpmn.createExecutableProcess("grant")
            .startEvent()
            .callActivity("payGrant", c -> c.zeebeProcessId("payment"))
            .endEvent()
            .done());
    long parentKey = engine.createInstance("grant", Map.of("amount", "3000"));

    // when
    ActivatedJob job = engine.activateJobs("payment-pay").get(0);
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    job.key(), Map.of("paymentReference", "\"CZ-2026-001\""))));

    // then
    assertThat(job.variables()).containsEntry("amount", "3000");
    assertThat(job.job().processInstanceKey()).isNotEqualTo(parentKey);
    engine.awaitRecord(
        r -> r.key() == parentKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.scopeKey() == parentKey
                        && v.name().equals("paymentReference")))
        .hasSize(1);
    ProcessInstanceRecord child =
        (ProcessInstanceRecord)
            engine
                .records(
                    r ->
                        r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                            && ((ProcessInstanceRecord) r.value()).bpmnElementType()
                                == BpmnElementType.PROCESS
                            && r.key() != parentKey)
                .get(0)
                .value();
    assertThat(child.parentProcessInstanceKey()).isEqualTo(parentKey);
  }

  @Test
  void shouldPassOnlyMappedVariablesWhenPropagationIsOff() {
    // given
    deployPayment("narrow-payment");
    engine.deploy(
        Bpmn.createExecutableProcess("narrow")
            .startEvent()
            .callActivity(
                "payGrant",
                c ->
                    c.zeebeProcessId("narrow-payment")
                        .zeebePropagateAllParentVariables(false)
                        .zeebePropagateAllChildVariables(false)
                        .zeebeInputExpression("amount", "paymentAmount")
                        .zeebeOutputExpression("paymentReference", "reference"))
            .endEvent()
            .done());
    long parentKey =
        engine.createInstance(
            "narrow", Map.of("amount", "3000", "idNumber", "\"330302197804152112\""));

    // when
    ActivatedJob job = engine.activateJobs("narrow-payment-pay").get(0);
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    job.key(), Map.of("paymentReference", "\"CZ-2026-002\"", "internal", "true"))));

    // then
    assertThat(job.variables()).containsOnlyKeys("paymentAmount");
    engine.awaitRecord(
        r -> r.key() == parentKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(
            engine.records(r -> r.value() instanceof VariableRecord v && v.scopeKey() == parentKey))
        .extracting(r -> ((VariableRecord) r.value()).name())
        .contains("reference")
        .doesNotContain("internal", "paymentReference");
  }

  @Test
  void shouldCatchTheChildsErrorOnTheCallActivity() {
    // given
    deployPayment("failing-payment");
    engine.deploy(
        Bpmn.createExecutableProcess("caller")
            .startEvent()
            .callActivity("payGrant", c -> c.zeebeProcessId("failing-payment"))
            .boundaryEvent("paymentRefused", b -> b.error("ACCOUNT_CLOSED"))
            .endEvent("refused")
            .moveToActivity("payGrant")
            .endEvent("paid")
            .done());
    long parentKey = engine.createInstance("caller", Map.of());

    // when
    ActivatedJob job = engine.activateJobs("failing-payment-pay").get(0);
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.ThrowJobError(job.key(), "ACCOUNT_CLOSED", "账户已注销", Map.of())));

    // then
    engine.awaitRecord(
        r -> r.key() == parentKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    engine.awaitRecord(
        r ->
            r.key() == job.job().processInstanceKey()
                && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  @Test
  void shouldTerminateTheChildWhenTheParentIsCanceled() {
    // given
    deployPayment("canceled-payment");
    engine.deploy(
        Bpmn.createExecutableProcess("canceled")
            .startEvent()
            .callActivity("payGrant", c -> c.zeebeProcessId("canceled-payment"))
            .endEvent()
            .done());
    long parentKey = engine.createInstance("canceled", Map.of());
    ActivatedJob job = engine.activateJobs("canceled-payment-pay").get(0);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(parentKey)));

    // then
    engine.awaitRecord(
        r ->
            r.key() == job.job().processInstanceKey()
                && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(engine.activateJobs("canceled-payment-pay")).isEmpty();
  }

  @Test
  void shouldRaiseAnIncidentWhenTheCalledProcessIsNotDeployed() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("missing")
            .startEvent()
            .callActivity("call", c -> c.zeebeProcessId("not-deployed"))
            .endEvent()
            .done());

    // when
    engine.createInstance("missing", Map.of());

    // then
    IncidentRecord incident =
        (IncidentRecord) engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED).value();
    assertThat(incident.errorType()).isEqualTo(ErrorType.CALLED_ELEMENT_ERROR);
    assertThat(incident.errorMessage()).contains("not-deployed");
  }
}

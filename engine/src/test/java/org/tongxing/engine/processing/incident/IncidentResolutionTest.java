package org.tongxing.engine.processing.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
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
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.util.EngineRule;

class IncidentResolutionTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldRetryAJobAfterItsRetriesAreRaisedAndItsIncidentResolved() {
    // given a job that failed for good: the bureau was down
    engine.deploy(
        Bpmn.createExecutableProcess("bureau")
            .startEvent()
            .serviceTask("check", t -> t.zeebeJobType("bureau-check").zeebeJobRetries("1"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("bureau", Map.of());
    ActivatedJob job = engine.activateJobs("bureau-check").get(0);
    execute(new EngineCommand.FailJob(job.key(), 0, "bureau unreachable", 0, Map.of()));
    Record incident = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    assertThat(((IncidentRecord) incident.value()).errorType()).isEqualTo(ErrorType.JOB_NO_RETRIES);
    assertThat(((IncidentRecord) incident.value()).errorMessage()).isEqualTo("bureau unreachable");

    // when resolving without raising the retries
    assertThatThrownBy(() -> execute(new EngineCommand.ResolveIncident(incident.key())))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.INVALID_STATE))
        .hasMessageContaining("update its retries");
    assertThat(engine.activateJobs("bureau-check")).isEmpty();

    // when raising the retries and resolving
    execute(new EngineCommand.UpdateJob(job.key(), 2, null));
    assertThat(engine.activateJobs("bureau-check")).isEmpty();
    execute(new EngineCommand.ResolveIncident(incident.key()));

    // then the job is worked on again and the instance completes
    ActivatedJob again = engine.activateJobs("bureau-check").get(0);
    assertThat(again.job().retries()).isEqualTo(2);
    execute(new EngineCommand.CompleteJob(again.key(), Map.of()));
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldRetryAGatewayOnceTheMissingVariableIsSet() {
    // given a decision without its variable
    engine.deploy(
        Bpmn.createExecutableProcess("decide")
            .startEvent()
            .exclusiveGateway("decision")
            .sequenceFlowId("toBig")
            .conditionExpression("= amount > 1000")
            .endEvent("big")
            .moveToLastExclusiveGateway()
            .sequenceFlowId("notBig")
            .conditionExpression("= amount <= 1000")
            .endEvent("small")
            .done());
    long instanceKey = engine.createInstance("decide", Map.of());
    Record incident = engine.awaitRecord(r -> r.intent() == IncidentIntent.CREATED);
    assertThat(((IncidentRecord) incident.value()).errorType())
        .isEqualTo(ErrorType.CONDITION_ERROR);

    // when
    execute(new EngineCommand.SetVariables(instanceKey, Map.of("amount", "2400"), false));
    execute(new EngineCommand.ResolveIncident(incident.key()));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .extracting(r -> ((org.tongxing.engine.record.ProcessInstanceRecord) r.value()).elementId())
        .contains("big")
        .doesNotContain("small");
  }

  @Test
  void shouldRefuseToResolveAnUnknownIncident() {
    assertThatThrownBy(() -> execute(new EngineCommand.ResolveIncident(42L)))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.NOT_FOUND));
  }

  @Test
  void shouldRefuseVariablesForAnUnknownScope() {
    assertThatThrownBy(() -> execute(new EngineCommand.SetVariables(42L, Map.of("x", "1"), true)))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.NOT_FOUND));
  }

  private void execute(EngineCommand command) {
    EngineRule.await(engine.engine().execute(command));
  }
}

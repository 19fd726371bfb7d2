package org.tongxing.engine.processing.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.JobIntent;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.util.EngineRule;

class CancelProcessInstanceTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldTerminateTheWaitingTaskAndCancelItsJob() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("cancel-job")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("cancel-job-work"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("cancel-job", Map.of());
    engine.awaitRecord(r -> r.intent() == JobIntent.CREATED);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
    assertThat(engine.records(r -> r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .containsExactly("work", "cancel-job");
    assertThat(engine.records(r -> r.intent() == JobIntent.CANCELED)).hasSize(1);
    assertThat(engine.activateJobs("cancel-job-work")).isEmpty();
  }

  @Test
  void shouldCancelTheWaitingUserTask() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("cancel-task")
            .startEvent()
            .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("cancel-task", Map.of());
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CREATED);

    // when
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // then
    engine.awaitRecord(r -> r.intent() == UserTaskIntent.CANCELED);
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  @Test
  void shouldRejectCancellingAnEndedOrUnknownInstance() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("cancel-twice")
            .startEvent()
            .serviceTask("work", t -> t.zeebeJobType("cancel-twice-work"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("cancel-twice", Map.of());
    EngineRule.await(engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey)));

    // when / then
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine.engine().execute(new EngineCommand.CancelProcessInstance(instanceKey))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> {
              assertThat(e.type()).isEqualTo(RejectionType.NOT_FOUND);
              assertThat(e.getMessage()).contains(Long.toString(instanceKey));
            });
  }
}

package org.tongxing.engine.processing.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.CommandRejectedException;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance.ActivateInstruction;
import org.tongxing.engine.api.EngineCommand.ModifyProcessInstance.VariableInstruction;
import org.tongxing.engine.api.RejectionType;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Modification: moving a case back to an earlier step (退回) and repairs. */
class ModifyProcessInstanceTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private long deployAndReachFinance() {
    engine.deploy(Bpmn.createExecutableProcess("two-steps").startEvent()
        .userTask("dpfReview", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
        .userTask("financePayment", t -> t.zeebeUserTask().zeebeCandidateGroups("finance"))
        .endEvent().done());
    long instanceKey = engine.createInstance("two-steps", Map.of());
    UserTaskRecord review = task("dpfReview");
    EngineRule.await(engine.engine().execute(
        new EngineCommand.CompleteUserTask(review.userTaskKey(), Map.of(), null)));
    task("financePayment");
    return instanceKey;
  }

  @Test
  void shouldSendTheCaseBackToAnEarlierStep() {
    // given the case waits for Finance
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when Finance returns it to the DPF with a reason
    EngineRule.await(engine.engine().execute(new ModifyProcessInstance(instanceKey,
        List.of(new ActivateInstruction("dpfReview", -1, List.of(new VariableInstruction("",
            Map.of("returnReason", "\"银行账户信息有误\""))))),
        List.of(finance.elementInstanceKey()))));

    // then
    Awaitility.await().until(() -> created("dpfReview").size() == 2);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
    assertThat(engine.records(r -> r.value() instanceof VariableRecord v
        && v.name().equals("returnReason") && v.scopeKey() == instanceKey)).hasSize(1);
    assertThat(engine.records(r -> r.key() == instanceKey
        && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED)).isEmpty();

    // and the case runs on from there
    UserTaskRecord again = created("dpfReview").get(1);
    EngineRule.await(engine.engine().execute(
        new EngineCommand.CompleteUserTask(again.userTaskKey(), Map.of(), null)));
    Awaitility.await().until(() -> created("financePayment").size() == 2);
  }

  @Test
  void shouldEndTheInstanceWhenItsLastElementIsTerminated() {
    // given
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when
    EngineRule.await(engine.engine().execute(new ModifyProcessInstance(instanceKey, List.of(),
        List.of(finance.elementInstanceKey()))));

    // then
    engine.awaitRecord(r -> r.key() == instanceKey
        && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  @Test
  void shouldRefuseTheWholeModificationWhenAnInstructionIsWrong() {
    // given
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when / then
    assertThatThrownBy(() -> EngineRule.await(engine.engine().execute(new ModifyProcessInstance(
            instanceKey, List.of(new ActivateInstruction("noSuchStep", -1, List.of())),
            List.of(finance.elementInstanceKey())))))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.INVALID_ARGUMENT))
        .hasMessageContaining("noSuchStep");
    // nothing half-done: the Finance task is still open
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).isEmpty();
  }

  private UserTaskRecord task(String elementId) {
    Awaitility.await().until(() -> !created(elementId).isEmpty());
    List<UserTaskRecord> tasks = created(elementId);
    return tasks.get(tasks.size() - 1);
  }

  private List<UserTaskRecord> created(String elementId) {
    return engine.records(r -> r.intent() == UserTaskIntent.CREATED).stream()
        .map(Record::value).map(UserTaskRecord.class::cast)
        .filter(t -> t.elementId().equals(elementId)).toList();
  }
}

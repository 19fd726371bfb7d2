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
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Modification: moving a case back to an earlier step (退回) and repairs. */
class ModifyProcessInstanceTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private long deployAndReachFinance() {
    engine.deploy(
        Bpmn.createExecutableProcess("two-steps")
            .startEvent()
            .userTask("dpfReview", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
            .userTask("financePayment", t -> t.zeebeUserTask().zeebeCandidateGroups("finance"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("two-steps", Map.of());
    UserTaskRecord review = task("dpfReview");
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CompleteUserTask(review.userTaskKey(), Map.of(), null)));
    task("financePayment");
    return instanceKey;
  }

  @Test
  void shouldSendTheCaseBackToAnEarlierStep() {
    // given the case waits for Finance
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when Finance returns it to the DPF with a reason
    EngineRule.await(
        engine
            .engine()
            .execute(
                new ModifyProcessInstance(
                    instanceKey,
                    List.of(
                        new ActivateInstruction(
                            "dpfReview",
                            -1,
                            List.of(
                                new VariableInstruction(
                                    "", Map.of("returnReason", "\"银行账户信息有误\""))))),
                    List.of(finance.elementInstanceKey()))));

    // then
    Awaitility.await().until(() -> created("dpfReview").size() == 2);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
    assertThat(
            engine.records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.name().equals("returnReason")
                        && v.scopeKey() == instanceKey))
        .hasSize(1);
    assertThat(
            engine.records(
                r ->
                    r.key() == instanceKey
                        && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED))
        .isEmpty();

    // and the case runs on from there
    UserTaskRecord again = created("dpfReview").get(1);
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CompleteUserTask(again.userTaskKey(), Map.of(), null)));
    Awaitility.await().until(() -> created("financePayment").size() == 2);
  }

  @Test
  void shouldEndTheInstanceWhenItsLastElementIsTerminated() {
    // given
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new ModifyProcessInstance(
                    instanceKey, List.of(), List.of(finance.elementInstanceKey()))));

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_TERMINATED);
  }

  @Test
  void shouldRefuseTheWholeModificationWhenAnInstructionIsWrong() {
    // given
    long instanceKey = deployAndReachFinance();
    UserTaskRecord finance = task("financePayment");

    // when / then
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new ModifyProcessInstance(
                                instanceKey,
                                List.of(new ActivateInstruction("noSuchStep", -1, List.of())),
                                List.of(finance.elementInstanceKey())))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.INVALID_ARGUMENT))
        .hasMessageContaining("noSuchStep");
    // nothing half-done: the Finance task is still open
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).isEmpty();
  }

  @Test
  void shouldCreateTheMissingSubProcessToActivateAnElementInIt() {
    // given the case has left the appeal sub-process and waits for the payment
    engine.deploy(
        Bpmn.createExecutableProcess("appeal")
            .startEvent()
            .subProcess(
                "appealPhase",
                sp ->
                    sp.zeebeInputExpression("\"复核\"", "phase")
                        .embeddedSubProcess()
                        .startEvent("appealStart")
                        .userTask("hearing", t -> t.zeebeUserTask())
                        .userTask("ruling", t -> t.zeebeUserTask())
                        .endEvent())
            .boundaryEvent("deadline", b -> b.timerWithDuration("P30D"))
            .endEvent("expired")
            .moveToActivity("appealPhase")
            .userTask("payment", t -> t.zeebeUserTask())
            .endEvent("done")
            .done());
    long instanceKey = engine.createInstance("appeal", Map.of());
    for (String step : List.of("hearing", "ruling")) {
      EngineRule.await(
          engine
              .engine()
              .execute(
                  new EngineCommand.CompleteUserTask(task(step).userTaskKey(), Map.of(), null)));
    }
    UserTaskRecord payment = task("payment");

    // when the ruling is sent back, with a note on the sub-process
    EngineRule.await(
        engine
            .engine()
            .execute(
                new ModifyProcessInstance(
                    instanceKey,
                    List.of(
                        new ActivateInstruction(
                            "ruling",
                            -1,
                            List.of(
                                new VariableInstruction(
                                    "appealPhase", Map.of("note", "\"重新裁定\""))))),
                    List.of(payment.elementInstanceKey()))));

    // then a new sub-process instance holds the ruling, without starting at its start event
    Awaitility.await().until(() -> created("ruling").size() == 2);
    List<Record> subProcesses =
        engine.records(
            r ->
                r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                    && ((ProcessInstanceRecord) r.value()).elementId().equals("appealPhase"));
    assertThat(subProcesses).hasSize(2);
    long newScope = subProcesses.get(1).key();
    assertThat(created("ruling").get(1).elementInstanceKey()).isNotEqualTo(newScope);
    assertThat(
            engine.records(
                r ->
                    r.intent() == ProcessInstanceIntent.ELEMENT_ACTIVATING
                        && ((ProcessInstanceRecord) r.value()).elementId().equals("appealStart")))
        .hasSize(1);
    // its input mappings and the variable instruction are local to it, its timer waits again
    assertThat(
            engine.records(r -> r.value() instanceof VariableRecord v && v.scopeKey() == newScope))
        .extracting(r -> ((VariableRecord) r.value()).name())
        .containsExactlyInAnyOrder("phase", "note");
    assertThat(engine.records(r -> r.intent() == org.tongxing.engine.record.TimerIntent.CREATED))
        .hasSize(2);

    // and when the ruling is made, the sub-process completes and the payment comes again
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteUserTask(
                    created("ruling").get(1).userTaskKey(), Map.of(), null)));
    Awaitility.await().until(() -> created("payment").size() == 2);
  }

  @Test
  void shouldRefuseToCreateAScopeWhoseInputMappingsFail() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("mapped")
            .startEvent()
            .subProcess(
                "phase",
                sp ->
                    sp.zeebeInputExpression("assert(applicant.name, phaseOpen)", "name")
                        .embeddedSubProcess()
                        .startEvent()
                        .userTask("inner", t -> t.zeebeUserTask())
                        .endEvent())
            .userTask("outer", t -> t.zeebeUserTask())
            .endEvent()
            .done());
    long instanceKey =
        engine.createInstance(
            "mapped", Map.of("phaseOpen", "true", "applicant", "{\"name\":\"张伟\"}"));
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteUserTask(task("inner").userTaskKey(), Map.of(), null)));
    task("outer");
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.SetVariables(instanceKey, Map.of("phaseOpen", "false"), false)));

    // when / then
    assertThatThrownBy(
            () ->
                EngineRule.await(
                    engine
                        .engine()
                        .execute(
                            new ModifyProcessInstance(
                                instanceKey,
                                List.of(new ActivateInstruction("inner", -1, List.of())),
                                List.of()))))
        .isInstanceOfSatisfying(
            CommandRejectedException.class,
            e -> assertThat(e.type()).isEqualTo(RejectionType.INVALID_ARGUMENT))
        .hasMessageContaining("'phase'");
    assertThat(engine.records(r -> r.intent() == org.tongxing.engine.record.IncidentIntent.CREATED))
        .isEmpty();
  }

  private UserTaskRecord task(String elementId) {
    Awaitility.await().until(() -> !created(elementId).isEmpty());
    List<UserTaskRecord> tasks = created(elementId);
    return tasks.get(tasks.size() - 1);
  }

  private List<UserTaskRecord> created(String elementId) {
    return engine.records(r -> r.intent() == UserTaskIntent.CREATED).stream()
        .map(Record::value)
        .map(UserTaskRecord.class::cast)
        .filter(t -> t.elementId().equals(elementId))
        .toList();
  }
}

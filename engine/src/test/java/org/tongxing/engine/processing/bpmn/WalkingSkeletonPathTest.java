package org.tongxing.engine.processing.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.engine.util.RecordingExporter.intent;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.ProcessInstanceRecord;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** start → service task → user task → exclusive gateway → end events, in the engine alone. */
class WalkingSkeletonPathTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  private static BpmnModelInstance approvalProcess(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .serviceTask("check", t -> t.zeebeJobType("check-certificates"))
        .userTask("review", t -> t.zeebeUserTask().zeebeCandidateGroups("dpf"))
        .exclusiveGateway("decision")
        .sequenceFlowId("approved")
        .conditionExpression("= decision = \"approve\"")
        .endEvent("endApproved")
        .moveToLastExclusiveGateway()
        .defaultFlow()
        .sequenceFlowId("rejected")
        .endEvent("endRejected")
        .done();
  }

  @Test
  void shouldRunApprovalPathToTheApprovedEnd() {
    // given
    engine.deploy(approvalProcess("approval"));
    long instanceKey = engine.createInstance("approval", Map.of("applicant", "\"张三\""));

    // when
    List<ActivatedJob> jobs = engine.activateJobs("check-certificates");
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).variables()).containsEntry("applicant", "\"张三\"");
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteJob(
                    jobs.get(0).key(), Map.of("certificatesValid", "true"))));
    Record created = engine.awaitRecord(intent(UserTaskIntent.CREATED));
    UserTaskRecord task = (UserTaskRecord) created.value();
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.AssignUserTask(task.userTaskKey(), "dpf-zhang", false, null)));
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteUserTask(
                    task.userTaskKey(), Map.of("decision", "\"approve\""), null)));

    // then
    engine.awaitRecord(
        r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED && r.key() == instanceKey);
    List<String> completedElements =
        engine.records(intent(ProcessInstanceIntent.ELEMENT_COMPLETED)).stream()
            .map(r -> ((ProcessInstanceRecord) r.value()).elementId())
            .toList();
    assertThat(completedElements)
        .containsExactly("start", "check", "review", "decision", "endApproved", "approval");
    assertThat(task.candidateGroups()).containsExactly("dpf");
    assertThat(
            engine.records(
                r -> r.value() instanceof VariableRecord v && v.scopeKey() == instanceKey))
        .extracting(r -> ((VariableRecord) r.value()).name())
        .containsExactlyInAnyOrder("applicant", "certificatesValid", "decision");
  }

  @Test
  void shouldTakeTheDefaultFlowWhenNoConditionHolds() {
    // given
    engine.deploy(approvalProcess("approval"));
    long instanceKey = engine.createInstance("approval", Map.of());
    ActivatedJob job = engine.activateJobs("check-certificates").get(0);
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), Map.of())));
    UserTaskRecord task =
        (UserTaskRecord) engine.awaitRecord(intent(UserTaskIntent.CREATED)).value();

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(
                new EngineCommand.CompleteUserTask(
                    task.userTaskKey(), Map.of("decision", "\"reject\""), null)));

    // then
    engine.awaitRecord(
        r -> r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED && r.key() == instanceKey);
    assertThat(engine.records(intent(ProcessInstanceIntent.ELEMENT_COMPLETED)))
        .extracting(r -> ((ProcessInstanceRecord) r.value()).elementId())
        .contains("endRejected")
        .doesNotContain("endApproved");
  }
}

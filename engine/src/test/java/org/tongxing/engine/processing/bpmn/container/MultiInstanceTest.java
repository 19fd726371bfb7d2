package org.tongxing.engine.processing.bpmn.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.UserTaskIntent;
import org.tongxing.engine.record.UserTaskRecord;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** Multi-instance activities: 会签 (all must sign) and 或签 (one is enough). */
class MultiInstanceTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldRunOneInnerInstancePerItemInParallelAndCollectTheOutput() {
    // given: every department countersigns (会签)
    engine.deploy(
        Bpmn.createExecutableProcess("countersign")
            .startEvent()
            .serviceTask(
                "sign",
                t ->
                    t.zeebeJobType("countersign-sign")
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("departments")
                                    .zeebeInputElement("department")
                                    .zeebeOutputCollection("opinions")
                                    .zeebeOutputElementExpression("opinion")))
            .endEvent()
            .done());
    long instanceKey =
        engine.createInstance(
            "countersign", Map.of("departments", "[\"dpf\",\"hrss\",\"finance\"]"));

    // when
    List<ActivatedJob> jobs = engine.activateJobs("countersign-sign");
    for (ActivatedJob job : jobs) {
      String department = job.variables().get("department").replace("\"", "");
      EngineRule.await(
          engine
              .engine()
              .execute(
                  new EngineCommand.CompleteJob(
                      job.key(), Map.of("opinion", "\"" + department + " 同意\""))));
    }

    // then
    assertThat(jobs).hasSize(3);
    assertThat(jobs)
        .extracting(job -> job.variables().get("loopCounter"))
        .containsExactlyInAnyOrder("1", "2", "3");
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(lastValue(instanceKey, "opinions"))
        .isEqualTo("[\"dpf 同意\",\"hrss 同意\",\"finance 同意\"]");
  }

  @Test
  void shouldSeeTheInputElementInTheInnerInstancesInputMappings() {
    // given: each month of training is assessed with the age on its first day (item 6.2)
    engine.deploy(
        Bpmn.createExecutableProcess("months")
            .startEvent()
            .serviceTask(
                "assess",
                t ->
                    t.zeebeJobType("months-assess")
                        .zeebeInputExpression("month.month + \"-01\"", "firstDay")
                        .multiInstance(
                            m ->
                                m.sequential()
                                    .zeebeInputCollectionExpression("training")
                                    .zeebeInputElement("month")
                                    .zeebeOutputCollection("firstDays")
                                    .zeebeOutputElementExpression("firstDay")))
            .endEvent()
            .done());
    long instanceKey =
        engine.createInstance(
            "months", Map.of("training", "[{\"month\":\"2025-01\"},{\"month\":\"2025-02\"}]"));

    // when
    for (int i = 0; i < 2; i++) {
      List<ActivatedJob> jobs =
          Awaitility.await()
              .until(
                  () -> engine.activateJobs("months-assess"), activated -> activated.size() == 1);
      assertThat(jobs.get(0).variables()).containsEntry("firstDay", "\"2025-0" + (i + 1) + "-01\"");
      EngineRule.await(
          engine.engine().execute(new EngineCommand.CompleteJob(jobs.get(0).key(), Map.of())));
    }

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(lastValue(instanceKey, "firstDays")).isEqualTo("[\"2025-01-01\",\"2025-02-01\"]");
  }

  @Test
  void shouldLetTheInputMappingsOfAnInnerInstanceReadItsInputElement() {
    // given: one payment per part, the payment built from the part
    engine.deploy(
        Bpmn.createExecutableProcess("pay-parts")
            .startEvent()
            .serviceTask(
                "pay",
                t ->
                    t.zeebeJobType("pay-part")
                        .zeebeInputExpression(
                            "{paymentId: caseId + \"-\" + part.code, n: loopCounter}", "payment")
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("parts")
                                    .zeebeInputElement("part")))
            .endEvent()
            .done());
    engine.createInstance(
        "pay-parts",
        Map.of(
            "caseId", "\"JY-1\"", "parts", "[{\"code\":\"SUBSIDY\"},{\"code\":\"OVER-QUOTA\"}]"));

    // when
    List<ActivatedJob> jobs = engine.activateJobs("pay-part");

    // then
    assertThat(jobs)
        .extracting(job -> job.variables().get("payment"))
        .containsExactlyInAnyOrder(
            "{\"paymentId\":\"JY-1-SUBSIDY\",\"n\":1}",
            "{\"paymentId\":\"JY-1-OVER-QUOTA\",\"n\":2}");
  }

  @Test
  void shouldEndEarlyWhenTheCompletionConditionHolds() {
    // given: one approval from the review panel is enough (或签)
    engine.deploy(
        Bpmn.createExecutableProcess("any-signs")
            .startEvent()
            .userTask(
                "approve",
                t ->
                    t.zeebeUserTask()
                        .zeebeCandidateGroupsExpression("reviewer")
                        .multiInstance(
                            m ->
                                m.parallel()
                                    .zeebeInputCollectionExpression("reviewers")
                                    .zeebeInputElement("reviewer")
                                    .completionCondition("= numberOfCompletedInstances >= 1")))
            .endEvent()
            .done());
    long instanceKey =
        engine.createInstance("any-signs", Map.of("reviewers", "[\"dpf\",\"hrss\"]"));
    Awaitility.await()
        .until(() -> engine.records(r -> r.intent() == UserTaskIntent.CREATED).size() == 2);
    UserTaskRecord first =
        (UserTaskRecord) engine.records(r -> r.intent() == UserTaskIntent.CREATED).get(0).value();

    // when
    EngineRule.await(
        engine
            .engine()
            .execute(new EngineCommand.CompleteUserTask(first.userTaskKey(), Map.of(), null)));

    // then the other task is canceled and the instance moves on
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
    assertThat(engine.records(r -> r.intent() == UserTaskIntent.CANCELED)).hasSize(1);
    assertThat(first.candidateGroups()).containsExactly("dpf");
  }

  @Test
  void shouldRunSequentiallyOneAfterAnother() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("sequential")
            .startEvent()
            .serviceTask(
                "step",
                t ->
                    t.zeebeJobType("sequential-step")
                        .multiInstance(
                            m -> m.sequential().zeebeInputCollectionExpression("[1,2,3]")))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("sequential", Map.of());

    // when / then: one job at a time
    for (int i = 1; i <= 3; i++) {
      List<ActivatedJob> jobs = engine.activateJobs("sequential-step");
      assertThat(jobs).hasSize(1);
      assertThat(jobs.get(0).variables()).containsEntry("loopCounter", Integer.toString(i));
      EngineRule.await(
          engine.engine().execute(new EngineCommand.CompleteJob(jobs.get(0).key(), Map.of())));
    }
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  @Test
  void shouldCompleteAtOnceForAnEmptyCollection() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("empty")
            .startEvent()
            .serviceTask(
                "step",
                t ->
                    t.zeebeJobType("empty-step")
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("[]")))
            .endEvent()
            .done());

    // when
    long instanceKey = engine.createInstance("empty", Map.of());

    // then
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  private String lastValue(long scopeKey, String name) {
    List<VariableRecord> values =
        engine
            .records(
                r ->
                    r.value() instanceof VariableRecord v
                        && v.scopeKey() == scopeKey
                        && v.name().equals(name))
            .stream()
            .map(r -> (VariableRecord) r.value())
            .toList();
    return values.get(values.size() - 1).value();
  }
}

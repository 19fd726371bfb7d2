package org.tongxing.engine.processing.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxing.engine.api.ActivatedJob;
import org.tongxing.engine.api.EngineCommand;
import org.tongxing.engine.record.ProcessInstanceIntent;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.VariableIntent;
import org.tongxing.engine.record.VariableRecord;
import org.tongxing.engine.util.EngineRule;

/** zeebe:ioMapping: inputs become local variables, outputs decide what leaves the element. */
class VariableMappingTest {

  @RegisterExtension final EngineRule engine = new EngineRule();

  @Test
  void shouldMergeANestedOutputTargetIntoTheExistingObject() {
    // given an application object that the review adds its verdict to
    engine.deploy(
        Bpmn.createExecutableProcess("review")
            .startEvent()
            .serviceTask(
                "check",
                t ->
                    t.zeebeJobType("check")
                        .zeebeOutputExpression("verdict", "application.review.verdict")
                        .zeebeOutputExpression("reviewer", "application.review.by"))
            .endEvent()
            .done());
    long instanceKey =
        engine.createInstance(
            "review", Map.of("application", "{\"id\":\"A-1\",\"review\":{\"round\":2}}"));

    // when
    complete(
        engine.activateJobs("check").get(0),
        Map.of("verdict", "\"approved\"", "reviewer", "\"dpf-li\""));

    // then the other fields stay, at every level
    awaitCompleted(instanceKey);
    assertThat(processVariable(instanceKey, "application"))
        .isEqualTo(
            "{\"id\":\"A-1\",\"review\":{\"round\":2,\"verdict\":\"approved\",\"by\":\"dpf-li\"}}");
    assertThat(processVariableNames(instanceKey)).containsExactly("application");
  }

  @Test
  void shouldCreateTheObjectOfANestedOutputTargetWhenThereIsNone() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("fresh")
            .startEvent()
            .serviceTask(
                "check",
                t ->
                    t.zeebeJobType("fresh-check").zeebeOutputExpression("amount", "subsidy.amount"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("fresh", Map.of());

    // when
    complete(engine.activateJobs("fresh-check").get(0), Map.of("amount", "1200"));

    // then
    awaitCompleted(instanceKey);
    assertThat(processVariable(instanceKey, "subsidy")).isEqualTo("{\"amount\":1200}");
  }

  @Test
  void shouldGiveInputMappingsToTheElementOnlyAndLetLaterMappingsSeeEarlierOnes() {
    // given
    engine.deploy(
        Bpmn.createExecutableProcess("inputs")
            .startEvent()
            .serviceTask(
                "pay",
                t ->
                    t.zeebeJobType("pay")
                        .zeebeInputExpression("wage * 12", "annual")
                        .zeebeInputExpression("annual * 0.5", "subsidy.amount"))
            .endEvent()
            .done());
    long instanceKey = engine.createInstance("inputs", Map.of("wage", "3000"));

    // when
    ActivatedJob job = engine.activateJobs("pay").get(0);

    // then
    assertThat(job.variables())
        .containsEntry("annual", "36000")
        .containsEntry("subsidy", "{\"amount\":18000}");
    complete(job, Map.of());
    awaitCompleted(instanceKey);
    assertThat(
            engine.records(
                r ->
                    r.intent() == VariableIntent.CREATED
                        && ((VariableRecord) r.value()).name().equals("annual")))
        .extracting(r -> ((VariableRecord) r.value()).scopeKey())
        .doesNotContain(instanceKey);
  }

  private void complete(ActivatedJob job, Map<String, String> variables) {
    EngineRule.await(engine.engine().execute(new EngineCommand.CompleteJob(job.key(), variables)));
  }

  private void awaitCompleted(long instanceKey) {
    engine.awaitRecord(
        r -> r.key() == instanceKey && r.intent() == ProcessInstanceIntent.ELEMENT_COMPLETED);
  }

  /** The last value written to the variable in the process instance's own scope. */
  private String processVariable(long instanceKey, String name) {
    List<Record> writes =
        engine.records(
            r ->
                r.value() instanceof VariableRecord variable
                    && variable.scopeKey() == instanceKey
                    && variable.name().equals(name));
    assertThat(writes).isNotEmpty();
    return ((VariableRecord) writes.get(writes.size() - 1).value()).value();
  }

  private List<String> processVariableNames(long instanceKey) {
    return engine
        .records(
            r -> r.value() instanceof VariableRecord variable && variable.scopeKey() == instanceKey)
        .stream()
        .map(r -> ((VariableRecord) r.value()).name())
        .distinct()
        .toList();
  }
}

package org.tongxing.app.modeler.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.modeler.ModelerFixtures;
import org.tongxing.app.modeler.resource.ModelFile;

/**
 * The deploy checks against the whole app: the engine's validation, FEEL, the app's job workers,
 * deployed forms and decisions (through the client), and the policy's clauses.
 */
@TongxingAppTest
class DraftCheckerTest {

  @Autowired DraftChecker checker;

  @Test
  void shouldPassAProcessWithItsDecisionsInTheSameDeployment() {
    // when
    CheckReport report =
        checker.check(List.of(ModelerFixtures.process(), ModelerFixtures.decisions()));

    // then
    assertThat(report.problems()).isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void shouldFindACalledDecisionThatIsNeitherDeployedNorInTheDeployment() {
    // given a decision id that no test deploys
    String decisionId = "missing-" + UUID.randomUUID();
    ModelFile process =
        ModelerFixtures.process()
            .withContent(
                ModelerFixtures.process()
                    .content()
                    .replace(
                        "decisionId=\"living-allowance-amount\"",
                        "decisionId=\"" + decisionId + "\""));

    // when
    CheckReport report = checker.check(List.of(process));

    // then
    assertThat(report.errors())
        .extracting(Problem::code, Problem::elementId, Problem::arguments)
        .containsExactly(
            tuple("reference-missing-decision", "Task_DecideAmount", List.of(decisionId)));
  }

  @Test
  void shouldFindAnElementThatImplementsARuleWithoutAClause() {
    // given a new service task without policyClause, with a job type the app has a worker for
    ModelFile process =
        withElement(
            """
        <bpmn:serviceTask id="Task_Notify" name="通知申请人">
          <bpmn:extensionElements><zeebe:taskDefinition type="dpf-check-disability-certificates"/></bpmn:extensionElements>
        </bpmn:serviceTask>""");

    // when
    CheckReport report = checker.check(List.of(process, ModelerFixtures.decisions()));

    // then
    assertThat(report.problems())
        .extracting(Problem::severity, Problem::code, Problem::elementId, Problem::elementLabel)
        .containsExactly(tuple(Severity.ERROR, "clause-missing", "Task_Notify", "通知申请人"));
  }

  @Test
  void shouldFindAJobTypeWithoutWorkerAClauseThatDoesNotExistAndOneThatIsNoClause() {
    // given
    ModelFile process =
        withElement(
            """
        <bpmn:serviceTask id="Task_Pay" name="拨付">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="no-such-worker"/>
            <zeebe:properties><zeebe:property name="policyClause" value="item 15.1"/></zeebe:properties>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:userTask id="Task_Review" name="复核">
          <bpmn:extensionElements>
            <zeebe:userTask/>
            <zeebe:properties><zeebe:property name="policyClause" value="6.2"/></zeebe:properties>
          </bpmn:extensionElements>
        </bpmn:userTask>""");

    // when
    CheckReport report = checker.check(List.of(process, ModelerFixtures.decisions()));

    // then
    assertThat(report.errors())
        .extracting(Problem::code, Problem::elementId, Problem::arguments)
        .containsExactlyInAnyOrder(
            tuple("job-type-without-worker", "Task_Pay", List.of("no-such-worker")),
            tuple("clause-unknown", "Task_Pay", List.of("item 15.1")),
            tuple("clause-unreadable", "Task_Review", List.of("6.2")));
  }

  @Test
  void shouldFindAFormThatIsNotDeployedAndAcceptOneDeployedAtStartUp() {
    // given
    ModelFile process =
        withElement(
            """
        <bpmn:userTask id="Task_Review" name="复核">
          <bpmn:extensionElements>
            <zeebe:userTask/>
            <zeebe:formDefinition formId="no-such-form"/>
            <zeebe:properties><zeebe:property name="policyClause" value="item 6.2"/></zeebe:properties>
          </bpmn:extensionElements>
        </bpmn:userTask>
        <bpmn:userTask id="Task_Deployed" name="审核">
          <bpmn:extensionElements>
            <zeebe:userTask/>
            <zeebe:formDefinition formId="employment-subsidy-review"/>
            <zeebe:properties><zeebe:property name="policyClause" value="item 6.2"/></zeebe:properties>
          </bpmn:extensionElements>
        </bpmn:userTask>""");

    // when
    CheckReport report = checker.check(List.of(process, ModelerFixtures.decisions()));

    // then
    assertThat(report.errors())
        .extracting(Problem::code, Problem::elementId, Problem::arguments)
        .containsExactly(tuple("reference-missing-form", "Task_Review", List.of("no-such-form")));
  }

  @Test
  void shouldFindWhatTheEngineWouldRefuse() {
    // given a condition that is no FEEL, a user task without a Zeebe user task definition
    // the engine still accepts, and a decision table cell that does not parse
    ModelFile process =
        ModelFile.of(
            "broken.bpmn",
            ModelerFixtures.process()
                .content()
                .replace(
                    "<bpmn:sequenceFlow id=\"Flow_ToGranted\" sourceRef=\"Task_DecideAmount\""
                        + " targetRef=\"EndEvent_Granted\" />",
                    "<bpmn:sequenceFlow id=\"Flow_ToGranted\" sourceRef=\"Task_DecideAmount\""
                        + " targetRef=\"EndEvent_Granted\"><bpmn:conditionExpression>= amount &gt;&gt;&gt; 3"
                        + "</bpmn:conditionExpression></bpmn:sequenceFlow>"));
    ModelFile decisions =
        ModelFile.of(
            "broken.dmn",
            ModelerFixtures.decisions()
                .content()
                .replace("<text>months * 1000</text>", "<text>months * </text>"));

    // when
    CheckReport report = checker.check(List.of(process, decisions));

    // then
    assertThat(report.errors())
        .extracting(Problem::code, Problem::fileName, Problem::elementId)
        .contains(
            tuple("feel", "broken.bpmn", "Flow_ToGranted"), tuple("engine", "broken.dmn", null));
  }

  @Test
  void shouldFindFormFieldsWithoutClauseAndDuplicateKeys() {
    // given
    ModelFile form =
        ModelerFixtures.form(
            "allowance-review",
            """
        {"id": "allowance-review", "type": "default", "components": [
          {"type": "number", "id": "Field_Months", "key": "months", "label": "训练月数",
           "properties": {"policyClause": "item 6.2"}},
          {"type": "textfield", "id": "Field_Again", "key": "months", "label": "月数"}]}
        """);

    // when
    CheckReport report = checker.check(List.of(form));

    // then
    assertThat(report.problems())
        .extracting(Problem::severity, Problem::code, Problem::elementId)
        .containsExactly(
            tuple(Severity.ERROR, "form-duplicate-key", "Field_Again"),
            tuple(Severity.WARNING, "clause-missing-field", "Field_Again"));
  }

  private static ModelFile withElement(String element) {
    String xml =
        ModelerFixtures.process()
            .content()
            .replace(
                "<bpmn:endEvent id=\"EndEvent_Granted\"",
                element + "\n    <bpmn:endEvent id=\"EndEvent_Granted\"");
    return ModelFile.of("living-allowance.bpmn", xml);
  }
}

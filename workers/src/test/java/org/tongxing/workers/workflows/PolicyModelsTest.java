package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every policy path of items 1 and 7 keeps: a valid Zeebe model, every step citing its clause,
 * drawn, and wired to workers, decisions, forms and processes that exist.
 */
class PolicyModelsTest {

  private static final Set<String> SHARED_JOB_TYPES =
      Set.of("finance-make-payment", "notify-applicant");

  @ParameterizedTest
  @ValueSource(strings = {"employment-subsidy", "education-grant", "benefit-payment"})
  void shouldBeAValidZeebeModelWhoseEveryStepCitesItsClause(String processId) {
    // when
    BpmnModelInstance model = PolicyModels.read(processId);

    // then
    assertThatCode(() -> io.camunda.zeebe.model.bpmn.Bpmn.validateModel(model))
        .doesNotThrowAnyException();
    assertThat(model.getModelElementsByType(FlowNode.class))
        .allSatisfy(
            node ->
                assertThat(PolicyModels.policyClause(node))
                    .as("policyClause of %s", node.getId())
                    .get()
                    .asString()
                    .matches("item \\d+\\.\\d+.*"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"employment-subsidy", "education-grant", "benefit-payment"})
  void shouldCallOnlyWorkersDecisionsFormsAndProcessesThatExist(String processId)
      throws IOException {
    // given
    BpmnModelInstance model = PolicyModels.read(processId);
    Set<String> workers = PolicyModels.workerJobTypes();
    String decisions =
        Files.readString(RepositoryFiles.find("workflows/employment-subsidy.dmn"))
            + Files.readString(RepositoryFiles.find("workflows/education-grant.dmn"));

    // then
    assertThat(model.getModelElementsByType(ZeebeTaskDefinition.class))
        .extracting(ZeebeTaskDefinition::getType)
        .allSatisfy(type -> assertThat(workers).as("workers").contains(type))
        .allSatisfy(
            type ->
                assertThat(type)
                    .as("a job type that names its bureau or one of the shared jobs")
                    .matches(t -> SHARED_JOB_TYPES.contains(t) || t.matches("[a-z]+(-[a-z]+)+")));
    assertThat(model.getModelElementsByType(ZeebeCalledDecision.class))
        .allSatisfy(
            called ->
                assertThat(decisions).contains("<decision id=\"" + called.getDecisionId() + "\""));
    assertThat(model.getModelElementsByType(ZeebeFormDefinition.class))
        .allSatisfy(
            form ->
                assertThat(RepositoryFiles.find("forms/" + form.getFormId() + ".form"))
                    .isRegularFile());
    assertThat(model.getModelElementsByType(ZeebeCalledElement.class))
        .allSatisfy(
            called ->
                assertThat(RepositoryFiles.find("workflows/" + called.getProcessId() + ".bpmn"))
                    .isRegularFile());
  }
}

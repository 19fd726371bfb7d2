package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxing.workers.certificates.CheckDisabilityCertificatesWorker;

/**
 * {@code workflows/employment-subsidy.bpmn}: valid for Zeebe and wired to our workers and forms.
 */
class EmploymentSubsidyModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() throws IOException {
    try (InputStream bpmn =
        Files.newInputStream(RepositoryFiles.find("workflows/employment-subsidy.bpmn"))) {
      model = Bpmn.readModelFromStream(bpmn);
    }
  }

  @Test
  void shouldBeAValidZeebeModel() {
    // when / then
    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();
    Process process = model.getModelElementById("employment-subsidy");
    assertThat(process.getName()).isEqualTo("残疾人就业补贴申请");
    assertThat(process.isExecutable()).isTrue();
  }

  @Test
  void shouldCallTheCertificateWorkerWithRetries() {
    // when
    ServiceTask task = model.getModelElementById("Task_CheckDisabilityCertificates");
    ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);

    // then
    assertThat(definition.getType()).isEqualTo(CheckDisabilityCertificatesWorker.JOB_TYPE);
    assertThat(definition.getRetries()).isEqualTo("3");
  }

  @Test
  void shouldRouteTheReviewToTheDpfWithItsForm() {
    // when
    UserTask review = model.getModelElementById("Task_ReviewApplication");

    // then
    assertThat(review.getName()).isEqualTo("市残联审核");
    assertThat(review.getSingleExtensionElement(ZeebeUserTask.class)).isNotNull();
    assertThat(
            review.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("dpf");
    assertThat(review.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId())
        .isEqualTo("employment-subsidy-review");
  }

  @Test
  void shouldStartFromTheApplicationForm() {
    // when
    StartEvent start = model.getModelElementById("StartEvent_ApplicationReceived");

    // then
    assertThat(start.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId())
        .isEqualTo("employment-subsidy-application");
    assertThat(start.getDocumentations())
        .singleElement()
        .extracting(documentation -> documentation.getTextContent())
        .asString()
        .contains("applicationId", "employer", "unifiedSocialCreditCode", "year", "employees");
  }

  @Test
  void shouldApproveOnlyOnAnApproveDecision() {
    // when
    ExclusiveGateway gateway = model.getModelElementById("Gateway_ReviewDecision");
    SequenceFlow approved = model.getModelElementById("Flow_Approved");
    SequenceFlow rejected = model.getModelElementById("Flow_Rejected");

    // then
    assertThat(gateway.getDefault()).isEqualTo(rejected);
    assertThat(rejected.getConditionExpression()).isNull();
    assertThat(rejected.getTarget().getId()).isEqualTo("EndEvent_Rejected");
    assertThat(approved.getConditionExpression().getTextContent())
        .isEqualTo("= decision = \"approve\"");
    assertThat(approved.getTarget().getId()).isEqualTo("EndEvent_Approved");
  }

  @Test
  void shouldNameThePolicyClauseOnEveryTaskAndEndEvent() {
    // given
    List<FlowNode> implementing = new ArrayList<>();
    implementing.addAll(model.getModelElementsByType(Task.class));
    implementing.addAll(model.getModelElementsByType(EndEvent.class));

    // then
    assertThat(implementing).hasSize(4);
    assertThat(implementing)
        .allSatisfy(
            element ->
                assertThat(policyClause(element))
                    .as("policyClause of %s", element.getId())
                    .contains("item 1.4"));
  }

  @Test
  void shouldDrawEveryElement() {
    // given
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);

    // when
    List<String> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .map(shape -> shape.getBpmnElement().getId())
            .toList();
    List<String> edges =
        model.getModelElementsByType(BpmnEdge.class).stream()
            .map(edge -> edge.getBpmnElement().getId())
            .toList();

    // then
    assertThat(shapes)
        .containsExactlyInAnyOrderElementsOf(nodes.stream().map(BaseElement::getId).toList());
    assertThat(edges)
        .containsExactlyInAnyOrderElementsOf(flows.stream().map(BaseElement::getId).toList());
  }

  @Test
  void shouldReferenceFormsThatExist() {
    // when
    List<String> formIds =
        model.getModelElementsByType(ZeebeFormDefinition.class).stream()
            .map(ZeebeFormDefinition::getFormId)
            .toList();

    // then
    assertThat(formIds)
        .containsExactlyInAnyOrder("employment-subsidy-application", "employment-subsidy-review")
        .allSatisfy(
            formId ->
                assertThat(RepositoryFiles.find("forms/" + formId + ".form")).isRegularFile());
  }

  private static Optional<String> policyClause(BaseElement element) {
    return Optional.ofNullable(element.getExtensionElements())
        .map(extensions -> extensions.getElementsQuery().filterByType(ZeebeProperties.class))
        .filter(query -> query.count() == 1)
        .map(query -> query.singleResult().getProperties())
        .flatMap(
            properties ->
                properties.stream()
                    .filter(property -> "policyClause".equals(property.getName()))
                    .map(ZeebeProperty::getValue)
                    .findFirst());
  }
}

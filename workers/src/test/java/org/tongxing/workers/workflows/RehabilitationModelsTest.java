package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tongxing.workers.workflows.PolicyModels.decisionIds;
import static org.tongxing.workers.workflows.PolicyModels.policyClause;
import static org.tongxing.workers.workflows.PolicyModels.read;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongxing.workers.notification.NotifyApplicantWorker;
import org.tongxing.workers.payment.MakePaymentWorker;
import org.tongxing.workers.rehabilitation.child.CheckChildCertificateWorker;
import org.tongxing.workers.rehabilitation.child.CheckSchoolingDeferralWorker;
import org.tongxing.workers.rehabilitation.child.CheckSpecialEducationFindingWorker;
import org.tongxing.workers.rehabilitation.child.FetchTrainingRecordsWorker;
import org.tongxing.workers.rehabilitation.institution.CheckDesignatedInstitutionWorker;
import org.tongxing.workers.rehabilitation.institution.CheckInstitutionInsuranceWorker;
import org.tongxing.workers.rehabilitation.institution.CheckLegalPersonStatusWorker;
import org.tongxing.workers.rehabilitation.institution.CheckMedicalLicenceWorker;
import org.tongxing.workers.rehabilitation.institution.FetchInstitutionTrainingRecordsWorker;
import org.tongxing.workers.rehabilitation.institution.ListDesignatedInstitutionsWorker;
import org.tongxing.workers.rehabilitation.institution.RecordDesignationDecisionWorker;

/**
 * The processes of items 5 and 6 ({@code workflows/child-rehabilitation-subsidy.bpmn}, {@code
 * institution-operating-subsidy}, {@code institution-accreditation}, {@code
 * institution-annual-review}): valid for Zeebe, every element citing its clause, wired to our
 * workers, decisions and forms, routed to the departments the policy names, and drawn.
 */
class RehabilitationModelsTest {

  private static final Set<String> JOB_TYPES =
      Set.of(
          CheckChildCertificateWorker.JOB_TYPE,
          FetchTrainingRecordsWorker.JOB_TYPE,
          CheckSpecialEducationFindingWorker.JOB_TYPE,
          CheckSchoolingDeferralWorker.JOB_TYPE,
          CheckDesignatedInstitutionWorker.JOB_TYPE,
          ListDesignatedInstitutionsWorker.JOB_TYPE,
          FetchInstitutionTrainingRecordsWorker.JOB_TYPE,
          RecordDesignationDecisionWorker.JOB_TYPE,
          CheckLegalPersonStatusWorker.JOB_TYPE,
          CheckMedicalLicenceWorker.JOB_TYPE,
          CheckInstitutionInsuranceWorker.JOB_TYPE,
          MakePaymentWorker.JOB_TYPE,
          NotifyApplicantWorker.JOB_TYPE);

  /** The departments of the policy's item 5 and 6 brackets, and item 5.3's county governments. */
  private static final Pattern DEPARTMENTS =
      Pattern.compile(
          "dpf|finance|health|education|market-regulation|=\\[\"county-\" \\+"
              + " child\\.householdCounty]|=\\[admission\\.managingDepartment]");

  private static final Pattern CLAUSE = Pattern.compile("item [56]\\.\\d(, item [56]\\.\\d)*");

  @ParameterizedTest
  @MethodSource("processes")
  void shouldBeAValidZeebeModelWiredToWorkersDecisionsAndForms(String processId)
      throws IOException {
    // given
    BpmnModelInstance model = read(processId);

    // then
    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();
    Process process = model.getModelElementById(processId);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).matches("\\p{IsHan}+.*");
    assertThat(model.getModelElementsByType(ServiceTask.class))
        .allSatisfy(
            task -> {
              ZeebeTaskDefinition definition =
                  task.getSingleExtensionElement(ZeebeTaskDefinition.class);
              assertThat(definition.getType()).as("job type of %s", task.getId()).isIn(JOB_TYPES);
              assertThat(definition.getRetries()).as("retries of %s", task.getId()).isEqualTo("3");
            });
    assertThat(model.getModelElementsByType(BusinessRuleTask.class))
        .allSatisfy(
            task ->
                assertThat(
                        task.getSingleExtensionElement(ZeebeCalledDecision.class).getDecisionId())
                    .as("decision of %s", task.getId())
                    .isIn(decisionIds()));
    assertThat(model.getModelElementsByType(CallActivity.class))
        .allSatisfy(
            call ->
                assertThat(call.getSingleExtensionElement(ZeebeCalledElement.class).getProcessId())
                    .isEqualTo("institution-annual-review"));
    assertThat(model.getModelElementsByType(ZeebeFormDefinition.class))
        .allSatisfy(
            form ->
                assertThat(RepositoryFiles.find("forms/" + form.getFormId() + ".form"))
                    .isRegularFile());
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldCiteAClauseOfItemFiveOrSixOnEveryElement(String processId) throws IOException {
    // given
    BpmnModelInstance model = read(processId);

    // then every flow node names the sentence it implements
    assertThat(model.getModelElementsByType(FlowNode.class))
        .allSatisfy(
            node ->
                assertThat(policyClause(node))
                    .as("policyClause of %s", node.getId())
                    .hasValueSatisfying(clause -> assertThat(clause).matches(CLAUSE)));
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldRouteEveryUserTaskToADepartmentWithItsForm(String processId) throws IOException {
    // given
    BpmnModelInstance model = read(processId);

    // then
    assertThat(model.getModelElementsByType(UserTask.class))
        .isNotEmpty()
        .allSatisfy(
            task -> {
              assertThat(task.getSingleExtensionElement(ZeebeUserTask.class))
                  .as("Camunda user task %s", task.getId())
                  .isNotNull();
              assertThat(
                      task.getSingleExtensionElement(ZeebeAssignmentDefinition.class)
                          .getCandidateGroups())
                  .as("candidate groups of %s", task.getId())
                  .matches(DEPARTMENTS);
              assertThat(task.getSingleExtensionElement(ZeebeFormDefinition.class))
                  .as("form of %s", task.getId())
                  .isNotNull();
            });
    assertThat(model.getModelElementsByType(StartEvent.class))
        .filteredOn(
            start ->
                start.getEventDefinitions().isEmpty()
                    && start.getParentElement() instanceof Process)
        .allSatisfy(
            start ->
                assertThat(start.getDocumentations())
                    .singleElement()
                    .extracting(documentation -> documentation.getTextContent())
                    .asString()
                    .contains("variables"));
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldCorrelateEveryMessage(String processId) throws IOException {
    // given
    BpmnModelInstance model = read(processId);

    // then
    assertThat(model.getModelElementsByType(Message.class))
        .allSatisfy(
            message ->
                assertThat(
                        message
                            .getExtensionElements()
                            .getElementsQuery()
                            .filterByType(ZeebeSubscription.class)
                            .singleResult()
                            .getCorrelationKey())
                    .startsWith("="));
  }

  @ParameterizedTest
  @MethodSource("processes")
  void shouldNeverForkAndJoinInOneParallelOrInclusiveGateway(String processId) throws IOException {
    // given a parallel gateway with several incoming flows waits for all of them
    BpmnModelInstance model = read(processId);

    // then
    assertThat(model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Gateway.class))
        .filteredOn(
            gateway ->
                gateway instanceof io.camunda.zeebe.model.bpmn.instance.ParallelGateway
                    || gateway instanceof io.camunda.zeebe.model.bpmn.instance.InclusiveGateway)
        .allSatisfy(
            gateway ->
                assertThat(gateway.getIncoming().size() == 1 || gateway.getOutgoing().size() == 1)
                    .as("%s forks or joins, not both", gateway.getId())
                    .isTrue());
  }

  @Test
  void shouldRouteTheChildSubsidyToTheDepartmentsItemSixNames() throws IOException {
    // given
    BpmnModelInstance model = read("child-rehabilitation-subsidy");

    // then
    assertThat(candidateGroups(model))
        .containsEntry("Task_ReviewApplication", "dpf")
        .containsEntry("Task_ConfirmDeferral", "education")
        .containsEntry("Task_FinanceReview", "finance")
        .containsEntry("Task_SuperviseOverdueReview", "=[\"county-\" + child.householdCounty]");
    assertThat(
            ((SequenceFlow) model.getModelElementById("Flow_Approved"))
                .getConditionExpression()
                .getTextContent())
        .isEqualTo("= reviewDecision = \"approve\" and subsidy.total > 0");
  }

  @Test
  void shouldInspectWithHealthAndEducationAndCheckFeesWithMarketRegulation() throws IOException {
    // given
    BpmnModelInstance model = read("institution-accreditation");

    // then item 5.2's departments
    assertThat(candidateGroups(model))
        .containsEntry("Task_InspectHealth", "health")
        .containsEntry("Task_InspectEducation", "education")
        .containsEntry("Task_CheckFees", "market-regulation")
        .containsEntry("Task_ReviewDocuments", "dpf")
        .containsEntry("Task_SignAgreement", "dpf");
    assertThat(candidateGroups(read("institution-annual-review")))
        .containsEntry("Task_DepartmentOpinion", "=[admission.managingDepartment]")
        .containsEntry("Task_EvaluateInstitution", "dpf");
  }

  static Stream<String> processes() {
    return Stream.of(
        "child-rehabilitation-subsidy",
        "institution-operating-subsidy",
        "institution-accreditation",
        "institution-annual-review");
  }

  private static Map<String, String> candidateGroups(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream()
        .collect(
            Collectors.toMap(
                BaseElement::getId,
                task ->
                    task.getSingleExtensionElement(ZeebeAssignmentDefinition.class)
                        .getCandidateGroups()));
  }
}

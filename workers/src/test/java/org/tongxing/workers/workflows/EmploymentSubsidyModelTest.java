package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongxing.workers.benefits.RecordBenefitWorker;

/**
 * {@code workflows/employment-subsidy.bpmn}: the routing of items 1.4–1.7 to the departments the
 * policy names, the correction loop and the countersign (会签).
 */
class EmploymentSubsidyModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() {
    model = PolicyModels.read("employment-subsidy");
  }

  @Test
  void shouldStartFromTheApplicationFormWithTheVariablesItDocuments() {
    // when
    StartEvent start = model.getModelElementById("StartEvent_ApplicationReceived");

    // then
    assertThat(start.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId())
        .isEqualTo("employment-subsidy-application");
    assertThat(start.getDocumentations().iterator().next().getTextContent())
        .contains("applicationId", "unifiedSocialCreditCode", "bankAccount", "year", "employees");
  }

  @Test
  void shouldRouteTheReviewToTheDpfAndTheCountersignToEachDepartmentOfTheDecisionTable() {
    // when
    UserTask review = model.getModelElementById("Task_ReviewApplication");
    UserTask countersign = model.getModelElementById("Task_Countersign");
    ZeebeLoopCharacteristics loop =
        ((MultiInstanceLoopCharacteristics) countersign.getLoopCharacteristics())
            .getSingleExtensionElement(ZeebeLoopCharacteristics.class);

    // then
    assertThat(
            review.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("dpf");
    assertThat(review.getSingleExtensionElement(ZeebeTaskSchedule.class).getDueDate())
        .contains("deadlines.reviewPeriod");
    assertThat(
            countersign
                .getSingleExtensionElement(ZeebeAssignmentDefinition.class)
                .getCandidateGroups())
        .isEqualTo("=countersigner.group");
    assertThat(
            ((MultiInstanceLoopCharacteristics) countersign.getLoopCharacteristics())
                .isSequential())
        .as("会签: in parallel, every department signs")
        .isFalse();
    assertThat(loop.getInputCollection()).isEqualTo("=assessment.countersigners");
    assertThat(loop.getOutputCollection()).isEqualTo("countersignResults");
  }

  @Test
  void shouldApproveOnlyWithSomethingToPayReturnOnReturnAndRejectOtherwise() {
    // when
    ExclusiveGateway gateway = model.getModelElementById("Gateway_ReviewDecision");
    SequenceFlow approved = model.getModelElementById("Flow_Approved");
    SequenceFlow returned = model.getModelElementById("Flow_ReturnedForCorrection");

    // then
    assertThat(gateway.getDefault().getId()).isEqualTo("Flow_Rejected");
    assertThat(approved.getConditionExpression().getTextContent())
        .isEqualTo("= decision = \"approve\" and assessment.totalAmount > 0");
    assertThat(returned.getConditionExpression().getTextContent())
        .isEqualTo("= decision = \"return\"");
  }

  @Test
  void shouldWaitForTheCorrectionUntilItsDeadlineAndRemindBeforeIt() {
    // when
    ReceiveTask await = model.getModelElementById("Task_AwaitCorrection");
    BoundaryEvent expired = model.getModelElementById("Timer_CorrectionExpired");
    BoundaryEvent reminder = model.getModelElementById("Timer_CorrectionReminder");

    // then
    assertThat(await.getMessage().getName()).isEqualTo("employment-subsidy-correction");
    assertThat(
            await
                .getMessage()
                .getSingleExtensionElement(ZeebeSubscription.class)
                .getCorrelationKey())
        .isEqualTo("=applicationId");
    assertThat(expired.cancelActivity()).isTrue();
    assertThat(timer(expired))
        .isEqualTo(
            "=date and time(date(correctionDeadline) + duration(\"P1D\"),"
                + " time(\"00:00:00@Asia/Shanghai\"))");
    assertThat(reminder.cancelActivity()).isFalse();
    assertThat(timer(reminder)).contains("deadlines.correctionReminderBefore");
  }

  @Test
  void shouldCatchTheRegistersRefusalAndChaseAnOverdueCountersign() {
    // when
    BoundaryEvent alreadyGranted = model.getModelElementById("Event_AlreadyGranted");
    BoundaryEvent overdue = model.getModelElementById("Timer_CountersignOverdue");
    UserTask chase = model.getModelElementById("Task_ChaseCountersign");

    // then
    assertThat(
            alreadyGranted.getEventDefinitions().stream()
                .map(definition -> ((ErrorEventDefinition) definition).getError().getErrorCode()))
        .containsExactly(RecordBenefitWorker.ALREADY_GRANTED);
    assertThat(overdue.cancelActivity()).isFalse();
    assertThat(
            chase.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("dpf");
  }

  private static String timer(BoundaryEvent event) {
    TimerEventDefinition timer =
        (TimerEventDefinition) event.getEventDefinitions().iterator().next();
    return timer.getTimeDate().getTextContent();
  }
}

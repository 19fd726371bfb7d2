package org.tongxing.workers.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxing.workers.workflows.PolicyModels.input;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code workflows/education-grant.bpmn}: the checks of items 7.6–7.7 and their routing. */
class EducationGrantModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void readModel() {
    model = PolicyModels.read("education-grant");
  }

  @Test
  void shouldKeyTheBenefitOncePerStudentAndSchoolYearOrOncePerCertificate() {
    // when
    ServiceTask check = model.getModelElementById("Task_CheckPreviousGrant");

    // then
    assertThat(input(check, "benefit"))
        .contains("\"education-grant\"", "student.idNumber", "schoolYear")
        .contains("\"education-exam-certificate-grant\"", "examCertificateNumber", "\"once\"");
  }

  @Test
  void shouldCheckTheCertificatesOfTheStudentAndOfTheParent() {
    // when
    ServiceTask certificates = model.getModelElementById("Task_CheckDisabilityCertificates");

    // then
    assertThat(input(certificates, "employees"))
        .contains("student.certificateNumber", "guardian.certificateNumber");
  }

  @Test
  void shouldProveStudyByEnrolmentForTheSchoolYearGrantAndByCertificateOtherwise() {
    // when
    SequenceFlow schoolYear = model.getModelElementById("Flow_SchoolYearGrant");

    // then
    assertThat(schoolYear.getConditionExpression().getTextContent())
        .isEqualTo("= grantType = \"school-year\"");
    assertThat(schoolYear.getTarget().getId()).isEqualTo("Task_CheckSchoolEnrolment");
    assertThat(
            model
                .<SequenceFlow>getModelElementById("Flow_ExamCertificateGrant")
                .getTarget()
                .getId())
        .isEqualTo("Task_CheckExamCertificate");
  }

  @Test
  void shouldRouteTheReviewToTheDpf() {
    // when
    UserTask review = model.getModelElementById("Task_ReviewApplication");

    // then
    assertThat(
            review.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("dpf");
    assertThat(
            model
                .<SequenceFlow>getModelElementById("Flow_Approved")
                .getConditionExpression()
                .getTextContent())
        .isEqualTo("= decision = \"approve\" and assessment.amount > 0");
  }
}

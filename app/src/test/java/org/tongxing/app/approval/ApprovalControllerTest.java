package org.tongxing.app.approval;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.app.tasklist.Pages.staff;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.app.security.DemoUsersConfiguration;
import org.tongxing.app.security.SecurityConfiguration;
import org.tongxing.app.staff.StaffMember;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskAccess;
import org.tongxing.app.tasklist.TasklistConfiguration;
import org.tongxing.app.tasklist.TasklistGateway;

/** The approval operations' endpoints with the real security rules; the operations are mocks. */
@WebMvcTest(controllers = ApprovalController.class)
@Import({
  SecurityConfiguration.class,
  DemoUsersConfiguration.class,
  TasklistConfiguration.class,
  TaskAccess.class
})
@MockitoBean(
    types = {
      ReturnOperation.class,
      ReassignOperations.class,
      SignerOperations.class,
      CopyOperation.class,
      ReminderOperation.class,
      CaseIds.class
    })
class ApprovalControllerTest {

  private static final long TASK = 21L;

  @Autowired MockMvc mvc;
  @MockitoBean TasklistGateway gateway;
  @Autowired ReturnOperation returns;
  @Autowired ReassignOperations reassign;
  @Autowired SignerOperations signers;
  @Autowired ReminderOperation reminders;

  @BeforeEach
  void givenAReviewOfTheFederationClaimedByZhang() {
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-zhang")));
  }

  @Test
  void shouldSendTheCaseBackAndShowTheListWithANotice() throws Exception {
    // given
    given(
            returns.returnTo(
                any(),
                any(),
                eq("dpf-zhang"),
                any(),
                eq("Task_CheckDisabilityCertificates"),
                eq("证件待核实")))
        .willReturn(new ReturnTarget("Task_CheckDisabilityCertificates", "核验残疾人证", false));

    // when / then
    mvc.perform(
            post("/tasks/" + TASK + "/return")
                .with(staff("dpf-zhang", "dpf"))
                .with(csrf())
                .param("returnTarget", "Task_CheckDisabilityCertificates")
                .param("returnReason", "证件待核实"))
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE,
                    FlashNotice.success("operation.notice.returned", "核验残疾人证")));
  }

  @Test
  void shouldTakeARefusalBackToTheFieldItBelongsTo() throws Exception {
    // given
    given(returns.returnTo(any(), any(), any(), any(), any(), any()))
        .willThrow(
            new OperationRefusedException("returnReason", "operation.error.opinionRequired"));

    // when / then
    mvc.perform(
            post("/tasks/" + TASK + "/return")
                .with(staff("dpf-zhang", "dpf"))
                .with(csrf())
                .param("returnTarget", "Task_CheckDisabilityCertificates")
                .param("returnReason", ""))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    OperationError.ATTRIBUTE,
                    new OperationError(
                        "return", "returnReason", "operation.error.opinionRequired", List.of())))
        .andExpect(
            flash()
                .attribute(
                    OperationError.ENTERED,
                    Map.of(
                        "returnTarget", "Task_CheckDisabilityCertificates", "returnReason", "")));
  }

  @Test
  void shouldHandOverToTheColleagueChosen() throws Exception {
    // given
    given(reassign.handOver(any(), any(), eq("dpf-zhang"), any(), eq("dpf-li"), eq("")))
        .willReturn(new StaffMember("dpf-li", "李强", List.of("dpf")));

    // when / then
    mvc.perform(
            post("/tasks/" + TASK + "/hand-over")
                .with(staff("dpf-zhang", "dpf"))
                .with(csrf())
                .param("handOverTo", "dpf-li"))
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE,
                    FlashNotice.success("operation.notice.handedOver", "李强")));
  }

  @Test
  void shouldAskADepartmentToCoSignBefore() throws Exception {
    // when
    mvc.perform(
            post("/tasks/" + TASK + "/signers")
                .with(staff("dpf-zhang", "dpf"))
                .with(csrf())
                .param("signerPosition", "BEFORE")
                .param("signerKind", "DEPARTMENT")
                .param("signerDepartment", "hrss")
                .param("signerPerson", "dpf-li"))
        .andExpect(redirectedUrl("/tasks/" + TASK));

    // then the department, not the person also picked in the other field
    verify(signers)
        .request(
            any(),
            any(),
            eq("dpf-zhang"),
            any(),
            eq(SignerRequest.Position.BEFORE),
            eq(SignerRequest.SignerKind.DEPARTMENT),
            eq("hrss"),
            eq(""));
  }

  @Test
  void shouldRefuseEveryOperationOnAnotherDepartmentsTask() throws Exception {
    // when / then
    for (String operation :
        List.of("return", "hand-over", "delegate", "signers", "copy", "remind")) {
      mvc.perform(
              post("/tasks/" + TASK + "/" + operation).with(staff("tax-wu", "tax")).with(csrf()))
          .andExpect(status().isForbidden());
    }
    verifyNoInteractions(returns, reassign, signers, reminders);
  }

  @Test
  void shouldRequireACsrfToken() throws Exception {
    // when / then
    mvc.perform(post("/tasks/" + TASK + "/remind").with(staff("dpf-li", "dpf")))
        .andExpect(status().isForbidden());
    verifyNoInteractions(reminders);
  }

  @Test
  void shouldSayWhenTheEngineRefusesTheOperation() throws Exception {
    // given
    willThrow(new org.tongxing.app.tasklist.TaskActionRejectedException(TASK, "completed", null))
        .given(reminders)
        .remind(any(), any(), anyString(), any(), any());

    // when / then
    mvc.perform(post("/tasks/" + TASK + "/remind").with(staff("dpf-li", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", "审核资格")));
    verify(gateway).findTask(anyLong());
  }
}

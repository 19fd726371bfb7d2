package org.tongxing.app.tasklist;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.app.tasklist.Pages.staff;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@TasklistWebTest
class TaskAssignmentControllerTest {

  private static final long TASK = 31L;

  @Autowired MockMvc mvc;
  @MockitoBean TasklistGateway gateway;

  @Test
  void shouldClaimAnUnassignedTaskForTheCurrentUser() throws Exception {
    // given
    given(gateway.findTask(TASK)).willReturn(Optional.of(openTask(TASK, "dpf")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/claim").with(staff("dpf-zhang", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.claimed", "审核资格")))
        .andExpect(
            flash()
                .attribute(PendingAssignment.ATTRIBUTE, new PendingAssignment(TASK, "dpf-zhang")));

    // then
    verify(gateway).assign(TASK, "dpf-zhang");
  }

  @Test
  void shouldNotTakeATaskAwayFromAColleague() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-li")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/claim").with(staff("dpf-zhang", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE,
                    FlashNotice.problem("task.notice.assignedToOther", "dpf-li")));

    // then
    verify(gateway, never()).assign(anyLong(), anyString());
  }

  @Test
  void shouldReportAClaimTheEngineRejects() throws Exception {
    // given a colleague claimed it between page and click
    given(gateway.findTask(TASK)).willReturn(Optional.of(openTask(TASK, "dpf")));
    willThrow(new TaskActionRejectedException(TASK, "already assigned", null))
        .given(gateway)
        .assign(TASK, "dpf-zhang");

    // when / then
    mvc.perform(post("/tasks/" + TASK + "/claim").with(staff("dpf-zhang", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", "审核资格")));
  }

  @Test
  void shouldRefuseAClaimFromAnotherDepartment() throws Exception {
    // given
    given(gateway.findTask(TASK)).willReturn(Optional.of(openTask(TASK, "dpf")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/claim").with(staff("hrss-wang", "hrss")).with(csrf()))
        .andExpect(status().isForbidden());

    // then
    verify(gateway, never()).assign(anyLong(), anyString());
  }

  @Test
  void shouldRequireACsrfTokenToClaim() throws Exception {
    // given
    given(gateway.findTask(TASK)).willReturn(Optional.of(openTask(TASK, "dpf")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/claim").with(staff("dpf-zhang", "dpf")))
        .andExpect(status().isForbidden());

    // then
    verify(gateway, never()).assign(anyLong(), anyString());
  }

  @Test
  void shouldReleaseOwnTaskToTheDepartment() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-zhang")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/unclaim").with(staff("dpf-zhang", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.unclaimed", "审核资格")));

    // then
    verify(gateway).unassign(TASK);
  }

  @Test
  void shouldNotReleaseAColleaguesTask() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-li")));

    // when
    mvc.perform(post("/tasks/" + TASK + "/unclaim").with(staff("dpf-zhang", "dpf")).with(csrf()))
        .andExpect(redirectedUrl("/tasks/" + TASK));

    // then
    verify(gateway, never()).unassign(anyLong());
  }
}

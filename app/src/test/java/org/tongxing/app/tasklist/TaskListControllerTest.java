package org.tongxing.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.app.tasklist.Pages.parse;
import static org.tongxing.app.tasklist.Pages.staff;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@TasklistWebTest
class TaskListControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean TasklistGateway gateway;

  @Test
  void shouldListOnlyWhatTheGatewayReturnsForTheUsersGroups() throws Exception {
    // given
    given(gateway.findOpenTasks(new TasklistUser("dpf-zhang", Set.of("dpf"))))
        .willReturn(List.of(openTask(11, "dpf"), openTask(12, "dpf").withAssignee("dpf-zhang")));

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    assertThat(page.select("table tbody tr")).hasSize(2);
    assertThat(page.select("tbody th[scope=row] a").eachAttr("href"))
        .containsExactly("/tasks/11", "/tasks/12");
    assertThat(page.select("tbody tr").get(0).text()).contains("审核资格", "就业补贴", "待认领");
    assertThat(page.select("tbody tr").get(1).text()).contains("我");
    verify(gateway).findOpenTasks(new TasklistUser("dpf-zhang", Set.of("dpf")));
  }

  @Test
  void shouldRenderAnAccessibleTableInChineseByDefault() throws Exception {
    // given
    given(gateway.findOpenTasks(any())).willReturn(List.of(openTask(11, "dpf")));

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.title()).isEqualTo("待办任务 – 同行");
    assertThat(page.select("h1").text()).isEqualTo("待办任务");
    assertThat(page.select("table caption").text()).contains("共 1 项");
    assertThat(page.select("thead th")).allMatch(header -> header.attr("scope").equals("col"));
    assertThat(page.select("main#main")).hasSize(1);
    assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
  }

  @Test
  void shouldShowTheCreationDateInShanghaiTimeForEachLanguage() throws Exception {
    // given a task created at 01:30 UTC, 09:30 in Shanghai
    given(gateway.findOpenTasks(any())).willReturn(List.of(openTask(11, "dpf")));

    // when
    Document chinese =
        parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());
    Document english =
        parse(mvc.perform(get("/tasks?lang=en").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    Element chineseTime = chinese.selectFirst("tbody time");
    assertThat(chineseTime.text()).isEqualTo("2025年1月5日 09:30");
    assertThat(chineseTime.attr("datetime")).isEqualTo("2025-01-05T09:30+08:00");
    assertThat(english.selectFirst("tbody time").text()).isEqualTo("5 Jan 2025, 09:30");
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(english.select("h1").text()).isEqualTo("Tasks");
  }

  @Test
  void shouldSayWhenThereAreNoTasks() throws Exception {
    // given
    given(gateway.findOpenTasks(any())).willReturn(List.of());

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("table")).isEmpty();
    assertThat(page.select(".empty-state").text()).isEqualTo("目前没有待办任务。");
  }

  @Test
  void shouldLeaveOutTheTaskJustCompletedWhileTheSearchCatchesUp() throws Exception {
    // given the search still lists task 11, which the user completed a moment ago
    given(gateway.findOpenTasks(any()))
        .willReturn(List.of(openTask(11, "dpf"), openTask(12, "dpf")));

    // when
    Document page =
        parse(
            mvc.perform(
                    get("/tasks")
                        .with(staff("dpf-zhang", "dpf"))
                        .flashAttr(TaskListController.COMPLETED_TASK, 11L)
                        .flashAttr(
                            FlashNotice.ATTRIBUTE,
                            FlashNotice.success("task.notice.completed", "审核资格")))
                .andReturn());

    // then
    assertThat(page.select("tbody th[scope=row] a").eachAttr("href")).containsExactly("/tasks/12");
    assertThat(page.select("[role=status]").text()).isEqualTo("已完成任务“审核资格”。");
  }

  @Test
  void shouldShowTheUsersDepartmentInTheHeader() throws Exception {
    // given
    given(gateway.findOpenTasks(any())).willReturn(List.of());

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select(".account").text()).contains("dpf-zhang", "市残联");
    assertThat(page.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
    assertThat(page.select("nav.language-switch a[lang=en]").attr("href"))
        .isEqualTo("/tasks?lang=en");
  }

  @Test
  void shouldSendAnonymousVisitorsToTheLoginPage() throws Exception {
    // when / then
    mvc.perform(get("/tasks"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("**/login"));
    verifyNoInteractions(gateway);
  }

  @Test
  void shouldShowAnErrorPageWhenTheEngineCannotBeReached() throws Exception {
    // given
    given(gateway.findOpenTasks(any()))
        .willThrow(new TasklistUnavailableException("connection refused", null));

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

    // then
    assertThat(page.select("h1").text()).isEqualTo("暂时无法连接流程引擎");
    assertThat(page.text()).doesNotContain("connection refused", "Exception");
    assertThat(page.select("nav.language-switch a")).hasSize(2);
  }
}

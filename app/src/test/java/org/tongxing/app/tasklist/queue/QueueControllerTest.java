package org.tongxing.app.tasklist.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.app.tasklist.Pages.parse;
import static org.tongxing.app.tasklist.Pages.staff;
import static org.tongxing.app.tasklist.TaskFixtures.PROCESS_INSTANCE;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxing.app.process.DeployedProcess;
import org.tongxing.app.process.ProcessDefinitions;
import org.tongxing.app.tasklist.CaseSummary;
import org.tongxing.app.tasklist.FlashNotice;
import org.tongxing.app.tasklist.TaskScope;
import org.tongxing.app.tasklist.TaskSearch;
import org.tongxing.app.tasklist.TaskSearch.Order;
import org.tongxing.app.tasklist.TaskSearchPage;
import org.tongxing.app.tasklist.TasklistGateway;
import org.tongxing.app.tasklist.TasklistUnavailableException;
import org.tongxing.app.tasklist.TasklistWebTest;
import org.tongxing.app.tasklist.UserTaskInfo;
import org.tongxing.app.tasklist.views.SavedView;
import org.tongxing.app.tasklist.views.SavedViews;

@TasklistWebTest
class QueueControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean TasklistGateway gateway;
  @Autowired ProcessDefinitions processes;
  @Autowired SavedViews views;

  @Test
  void shouldSearchOnlyTheUsersOwnTasksAndTheirDepartmentsUnclaimedOnes() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(page(openTask(11, "dpf")));

    // when
    mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andExpect(status().isOk());

    // then
    TaskSearch search = searched();
    assertThat(search.scopes())
        .containsExactly(
            TaskScope.assignedTo("dpf-zhang"),
            TaskScope.unassignedIn(Set.of("dpf")),
            TaskScope.unassignedFor("dpf-zhang"));
    assertThat(search.completed()).isFalse();
    assertThat(search.order()).isEqualTo(Order.CREATED);
    assertThat(search.descending()).isFalse();
    assertThat(search.offset()).isZero();
    assertThat(search.limit()).isEqualTo(50);
  }

  @Test
  void shouldListEachTaskWithItsCaseAndLinkToIt() throws Exception {
    // given
    given(gateway.searchTasks(any()))
        .willReturn(page(openTask(11, "dpf"), openTask(12, "dpf").withAssignee("dpf-zhang")));
    given(gateway.findCaseSummaries(any()))
        .willReturn(
            Map.of(PROCESS_INSTANCE, new CaseSummary("JY-2026-0001", "温州同行制衣有限公司", "lucheng")));

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    assertThat(page.select("tbody th[scope=row] a").eachAttr("href"))
        .containsExactly("/tasks/11", "/tasks/12");
    Element first = page.select("tbody tr").get(0);
    assertThat(first.text()).contains("审核资格", "就业补贴", "待认领", "JY-2026-0001", "温州同行制衣有限公司", "鹿城区");
    assertThat(page.select("tbody tr").get(1).text()).contains("我");
  }

  @Test
  void shouldRenderAnAccessibleTableInChineseByDefault() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(page(openTask(11, "dpf")));

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.title()).isEqualTo("待办任务 – 同行");
    assertThat(page.select("h1").text()).isEqualTo("任务 待办任务");
    assertThat(page.select("table caption").text()).contains("共 1 项");
    assertThat(page.select("thead th")).allMatch(header -> header.attr("scope").equals("col"));
    assertThat(page.select("thead th[aria-sort=ascending]").text()).isEqualTo("创建时间");
    assertThat(page.select("nav.queue-nav a[aria-current=page]").text()).isEqualTo("待办任务");
    assertThat(page.select("form[role=search] label[for]"))
        .allMatch(label -> page.getElementById(label.attr("for")) != null);
    assertThat(page.select("main#main")).hasSize(1);
  }

  @Test
  void shouldShowTheCreationDateInShanghaiTimeForEachLanguage() throws Exception {
    // given a task created at 01:30 UTC, 09:30 in Shanghai
    given(gateway.searchTasks(any())).willReturn(page(openTask(11, "dpf")));

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
    assertThat(english.title()).isEqualTo("To do – Tongxing");
  }

  @Test
  void shouldTranslateTheFiltersAndTheOrderIntoTheSearch() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(TaskSearchPage.EMPTY);

    // when
    mvc.perform(
            get("/tasks")
                .queryParam("queue", "department")
                .queryParam("process", "employment-subsidy")
                .queryParam("dueFrom", "2026-01-01")
                .queryParam("dueTo", "2026-01-31")
                .queryParam("priority", "60")
                .queryParam("applicant", "同行")
                .queryParam("county", "lucheng")
                .queryParam("sort", "priority")
                .queryParam("order", "desc")
                .queryParam("page", "3")
                .with(staff("dpf-zhang", "dpf", "hrss")))
        .andExpect(status().isOk());

    // then
    TaskSearch search = searched();
    assertThat(search.scopes()).containsExactly(TaskScope.offeredTo(Set.of("dpf", "hrss")));
    assertThat(search.processId()).isEqualTo("employment-subsidy");
    // whole days in Shanghai time: the 31st is included
    assertThat(search.dueFrom())
        .isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(search.dueBefore())
        .isEqualTo(OffsetDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
    assertThat(search.priorityAtLeast()).isEqualTo(60);
    assertThat(search.variableLikes()).containsExactly(Map.entry("applicantName", "同行"));
    assertThat(search.variableEquals()).containsExactly(Map.entry("county", "lucheng"));
    assertThat(search.order()).isEqualTo(Order.PRIORITY);
    assertThat(search.descending()).isTrue();
    assertThat(search.offset()).isEqualTo(100);
  }

  @Test
  void shouldLimitOverdueTasksToThosePastTheirDueDateNow() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(TaskSearchPage.EMPTY);
    OffsetDateTime before = OffsetDateTime.now();

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks?queue=overdue").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    TaskSearch search = searched();
    assertThat(search.dueBefore()).isBetween(before, OffsetDateTime.now());
    assertThat(search.order()).isEqualTo(Order.DUE);
    assertThat(page.select(".empty-state").text()).isEqualTo("您的待办中没有超期的任务。");
  }

  @Test
  void shouldTieAnUnreadableDateToItsFieldAndNotSearch() throws Exception {
    // when
    Document page =
        parse(
            mvc.perform(get("/tasks?dueFrom=2026-13-01").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isUnprocessableEntity())
                .andReturn());

    // then
    verify(gateway, never()).searchTasks(any());
    assertThat(page.title()).startsWith("错误：");
    assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#filter-dueFrom");
    assertThat(page.select("#error-summary a").text())
        .isEqualTo("“截止日期（起）”不是有效日期，请按“年-月-日”填写，例如 2026-01-31。");
    Element input = page.getElementById("filter-dueFrom");
    assertThat(input.attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById(input.attr("aria-describedby")).text()).contains("不是有效日期");
    assertThat(input.attr("value")).isEqualTo("2026-13-01");
  }

  @Test
  void shouldPageWithLinksThatKeepTheFilters() throws Exception {
    // given 120 matching tasks, 50 a page
    given(gateway.searchTasks(any()))
        .willReturn(new TaskSearchPage(List.of(openTask(11, "dpf")), 120, false));

    // when
    Document page =
        parse(
            mvc.perform(
                    get("/tasks?queue=mine&county=lucheng&page=2").with(staff("dpf-zhang", "dpf")))
                .andReturn());

    // then
    assertThat(page.select("nav.pagination a[rel=prev]").attr("href"))
        .isEqualTo("/tasks?queue=mine&county=lucheng");
    assertThat(page.select("nav.pagination a[rel=next]").attr("href"))
        .isEqualTo("/tasks?queue=mine&county=lucheng&page=3");
    assertThat(page.select("nav.pagination").text()).contains("第 2 页，共 3 页");
  }

  @Test
  void shouldOfferTheDeployedProcessesAndTheSavedViews() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(TaskSearchPage.EMPTY);
    given(processes.latest())
        .willReturn(List.of(new DeployedProcess(1, "employment-subsidy", "残疾人就业补贴申请", 2)));
    given(views.visibleTo(any()))
        .willReturn(
            List.of(
                new SavedView(5, "dpf-zhang", "张敏", "本周到期", "queue=due-soon", null, null),
                new SavedView(6, "dpf-li", "李强", "鹿城区", "county=lucheng", "dpf", null)));

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("#filter-process option[value=employment-subsidy]").text())
        .isEqualTo("残疾人就业补贴申请");
    assertThat(page.select(".saved-views__item a").eachAttr("href"))
        .containsExactly("/tasks?queue=due-soon", "/tasks?county=lucheng");
    // only one's own view can be deleted
    assertThat(page.select(".saved-views__item form").eachAttr("action"))
        .containsExactly("/tasks/views/5/delete");
    assertThat(page.select(".saved-views__item").get(1).text()).contains("市残联共享", "李强");
  }

  @Test
  void shouldLeaveOutTheTaskJustCompletedWhileTheSearchCatchesUp() throws Exception {
    // given the search still lists task 11, which the user completed a moment ago
    given(gateway.searchTasks(any())).willReturn(page(openTask(11, "dpf"), openTask(12, "dpf")));

    // when
    Document page =
        parse(
            mvc.perform(
                    get("/tasks")
                        .with(staff("dpf-zhang", "dpf"))
                        .flashAttr(QueueController.COMPLETED_TASK, 11L)
                        .flashAttr(
                            FlashNotice.ATTRIBUTE,
                            FlashNotice.success("task.notice.completed", "审核资格")))
                .andReturn());

    // then
    assertThat(page.select("tbody th[scope=row] a").eachAttr("href")).containsExactly("/tasks/12");
    assertThat(page.select("[role=status]").text()).isEqualTo("已完成任务“审核资格”。");
  }

  @Test
  void shouldSayWhenThereAreNoTasks() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(TaskSearchPage.EMPTY);

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("table")).isEmpty();
    assertThat(page.select(".empty-state").text()).isEqualTo("目前没有待办任务。");
  }

  @Test
  void shouldShowTheUsersDepartmentInTheHeader() throws Exception {
    // given
    given(gateway.searchTasks(any())).willReturn(TaskSearchPage.EMPTY);

    // when
    Document page = parse(mvc.perform(get("/tasks").with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select(".account").text()).contains("dpf-zhang", "市残联");
    assertThat(page.select("form[action=/logout] input[name=_csrf]")).hasSize(1);
    assertThat(page.select("form[action=/tasks/views] input[name=_csrf]")).hasSize(1);
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
    given(gateway.searchTasks(any()))
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

  private TaskSearch searched() {
    ArgumentCaptor<TaskSearch> search = ArgumentCaptor.forClass(TaskSearch.class);
    verify(gateway).searchTasks(search.capture());
    return search.getValue();
  }

  private static TaskSearchPage page(UserTaskInfo... tasks) {
    return new TaskSearchPage(List.of(tasks), tasks.length, false);
  }
}

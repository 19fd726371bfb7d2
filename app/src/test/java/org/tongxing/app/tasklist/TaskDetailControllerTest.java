package org.tongxing.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tongxing.app.tasklist.Pages.parse;
import static org.tongxing.app.tasklist.Pages.staff;
import static org.tongxing.app.tasklist.TaskFixtures.PROCESS_INSTANCE;
import static org.tongxing.app.tasklist.TaskFixtures.openTask;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxing.app.tasklist.form.FormFixtures;

@TasklistWebTest
class TaskDetailControllerTest {

  private static final long TASK = 21L;

  @Autowired MockMvc mvc;
  @MockitoBean TasklistGateway gateway;

  @BeforeEach
  void givenAReviewTaskOfTheFederation() {
    given(gateway.findTask(TASK)).willReturn(Optional.of(openTask(TASK, "dpf")));
    given(gateway.findFormSchema(TASK)).willReturn(Optional.of(FormFixtures.REVIEW_FORM));
    given(gateway.findProcessVariables(PROCESS_INSTANCE))
        .willReturn(
            List.of(
                new ProcessVariable("applicantName", "\"王小明\"", false),
                new ProcessVariable("disability", "{\"category\":\"视力\",\"grade\":2}", false),
                new ProcessVariable("scan", "\"iVBORw0KGgo", true)));
  }

  @Test
  void shouldShowTheTaskItsProcessDataAndItsForm() throws Exception {
    // when
    Document page =
        parse(
            mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    assertThat(page.title()).isEqualTo("审核资格 – 同行");
    assertThat(page.select("h1").text()).contains("审核资格", "就业补贴");
    assertThat(page.select(".status-line").text()).contains("待认领");
    assertThat(variable(page, "applicantName")).isEqualTo("王小明");
    assertThat(variable(page, "disability")).contains("\"category\" : \"视力\"");
    assertThat(variable(page, "scan")).isEqualTo("内容过大，未在此显示。");
    assertThat(page.select(".task-form h3.form-text__heading").text()).isEqualTo("审核资格");
    assertThat(page.select(".task-form .form-text p").text()).isEqualTo("请核对申请材料后作出结论。");
    assertThat(page.select("form[action=/tasks/21/claim] button").text()).isEqualTo("认领任务");
    // an approval step decides with 同意 and 驳回 buttons instead of the decision field
    assertThat(
            page.select("form[action=/tasks/21/complete] button[name=field.decision]").eachText())
        .containsExactly("同意", "驳回");
    assertThat(page.select("input[name=field.decision]")).isEmpty();
  }

  @Test
  void shouldTieEveryFieldToItsLabelAndHint() throws Exception {
    // when
    Document page =
        parse(mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf"))).andReturn());

    // then every input of the form has a label pointing at it
    Element form = page.selectFirst("form[action=/tasks/21/complete]");
    for (Element input : form.select("input:not([type=hidden]), textarea, select")) {
      assertThat(form.select("label[for=" + input.id() + "]"))
          .as("label of %s", input.id())
          .hasSize(1);
    }
    Element comment = form.selectFirst("textarea[name=field.comment]");
    assertThat(comment.attr("aria-describedby")).isEqualTo(comment.id() + "-hint");
    assertThat(page.getElementById(comment.id() + "-hint").text()).isEqualTo("请写明理由。");
    assertThat(comment.hasAttr("required")).isTrue();
    assertThat(comment.attr("minlength")).isEqualTo("2");
    assertThat(comment.attr("maxlength")).isEqualTo("500");
    Element amount = form.selectFirst("input[name=field.amount]");
    assertThat(amount.attr("type")).isEqualTo("number");
    assertThat(amount.attr("min")).isEqualTo("0");
    assertThat(amount.attr("max")).isEqualTo("36000");
    assertThat(amount.attr("step")).isEqualTo("0.01");
    assertThat(form.select("fieldset legend").text()).contains("审核结论", "（必填）");
    assertThat(form.select("input[name=field.certificateNumber]").attr("pattern"))
        .contains("^[0-9]{17}[0-9X][0-9]{2}$");
  }

  @Test
  void shouldPrefillFieldsFromProcessVariablesOfTheSameName() throws Exception {
    // when
    Document page =
        parse(mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf"))).andReturn());

    // then the read-only applicant field shows the process variable
    Element applicant = page.selectFirst("input[name=field.applicantName]");
    assertThat(applicant.val()).isEqualTo("王小明");
    assertThat(applicant.hasAttr("readonly")).isTrue();
  }

  @Test
  void shouldRefuseATaskOfAnotherDepartment() throws Exception {
    // when
    Document page =
        parse(
            mvc.perform(get("/tasks/" + TASK).with(staff("hrss-wang", "hrss")))
                .andExpect(status().isForbidden())
                .andReturn());

    // then
    assertThat(page.select("h1").text()).isEqualTo("您无权访问此页面");
    verify(gateway, never()).findProcessVariables(anyLong());
    verify(gateway, never()).findFormSchema(anyLong());
  }

  @Test
  void shouldLetTheAssigneeSeeATaskOutsideTheirGroups() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "finance").withAssignee("dpf-zhang")));

    // when / then
    mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf"))).andExpect(status().isOk());
  }

  @Test
  void shouldShowNotFoundForAnUnknownTask() throws Exception {
    // given
    given(gateway.findTask(99L)).willReturn(Optional.empty());

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks/99").with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isNotFound())
                .andReturn());

    // then
    assertThat(page.select("h1").text()).isEqualTo("找不到此页面");
  }

  @Test
  void shouldShowATaskJustClaimedAsMineWhileTheSearchCatchesUp() throws Exception {
    // when
    Document page =
        parse(
            mvc.perform(
                    get("/tasks/" + TASK)
                        .with(staff("dpf-zhang", "dpf"))
                        .flashAttr(
                            PendingAssignment.ATTRIBUTE, new PendingAssignment(TASK, "dpf-zhang")))
                .andReturn());

    // then
    assertThat(page.select(".status-line").text()).contains("由我办理");
    assertThat(page.select("form[action=/tasks/21/unclaim]")).hasSize(1);
  }

  @Test
  void shouldOnlyShowTheFormToSomeoneWhoseColleagueClaimedTheTask() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-li")));

    // when
    Document page =
        parse(mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf"))).andReturn());

    // then
    assertThat(page.select("form[action=/tasks/21/complete]")).isEmpty();
    assertThat(page.select("form[action=/tasks/21/claim]")).isEmpty();
    assertThat(page.select("#page-content").text()).contains("此任务由 dpf-li 办理，您只能查看。");
    assertThat(page.select(".form-preview dt").eachText()).contains("审核结论", "审核意见");
  }

  @Test
  void shouldShowARefusedSubmissionAgainWithEachErrorTiedToItsField() throws Exception {
    // when the reviewer approves but writes no comment and a malformed certificate number
    Document page =
        parse(
            mvc.perform(
                    complete()
                        .param("field.decision", "reject")
                        .param("field.amount", "1200")
                        .param("field.comment", " ")
                        .param("field.documentsChecked", "true")
                        .param("field.certificateNumber", "12345"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn());

    // then
    Element comment = page.selectFirst("textarea[name=field.comment]");
    assertThat(comment.attr("aria-invalid")).isEqualTo("true");
    assertThat(comment.attr("aria-describedby").split(" ")).contains(comment.id() + "-error");
    assertThat(page.getElementById(comment.id() + "-error").text()).isEqualTo("错误： 请填写“审核意见”。");
    Element certificate = page.selectFirst("input[name=field.certificateNumber]");
    assertThat(page.getElementById(certificate.id() + "-error").text()).contains("“残疾证号”的格式不正确。");
    assertThat(page.select("#error-summary a").eachAttr("href"))
        .containsExactly("#" + comment.id(), "#" + certificate.id());
    assertThat(page.title()).startsWith("错误：");
    // what was entered is still there
    assertThat(page.selectFirst("input[name=field.amount]").val()).isEqualTo("1200");
    assertThat(certificate.val()).isEqualTo("12345");
    assertThat(page.select("button[name=field.decision]").eachAttr("value"))
        .containsExactly("approve", "reject");
    assertThat(page.selectFirst("input[name=field.documentsChecked]").hasAttr("checked")).isTrue();
    // the language switch repeats the task page, not the POST
    assertThat(page.select("nav.language-switch a[lang=en]").attr("href"))
        .isEqualTo("/tasks/21?lang=en");
    verify(gateway, never()).assign(anyLong(), anyString());
    verify(gateway, never()).complete(anyLong(), anyMap());
  }

  @Test
  void shouldClaimAndCompleteAValidSubmissionWithTypedVariables() throws Exception {
    // when
    mvc.perform(
            complete()
                .param("field.decision", "approve")
                .param("field.amount", "２４０００.５")
                .param("field.comment", "材料齐全，同意。")
                .param("field.documentsChecked", "true")
                .param("field.county", "lucheng")
                .param("field.certificateNumber", "33030219800101123X12")
                .param("field.applicantName", "forged"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.success("task.notice.completed", "审核资格")))
        .andExpect(
            flash()
                .attribute(org.tongxing.app.tasklist.queue.QueueController.COMPLETED_TASK, TASK));

    // then the unassigned task is claimed first, then completed with typed values
    InOrder order = inOrder(gateway);
    order.verify(gateway).assign(TASK, "dpf-zhang");
    order
        .verify(gateway)
        .complete(
            TASK,
            Map.of(
                "decision", "approve",
                "amount", 24000.5,
                "comment", "材料齐全，同意。",
                "documentsChecked", true,
                "county", "lucheng",
                "certificateNumber", "33030219800101123X12"));
  }

  @Test
  void shouldNotClaimAgainWhenCompletingOwnTask() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-zhang")));

    // when
    mvc.perform(
            complete()
                .param("field.decision", "reject")
                .param("field.comment", "缺少残疾证复印件。")
                .param("field.documentsChecked", "true"))
        .andExpect(redirectedUrl("/tasks"));

    // then
    verify(gateway, never()).assign(anyLong(), anyString());
    Map<String, Object> expected = new HashMap<>();
    expected.put("decision", "reject");
    expected.put("amount", null);
    expected.put("comment", "缺少残疾证复印件。");
    expected.put("documentsChecked", true);
    expected.put("county", null);
    expected.put("certificateNumber", "");
    verify(gateway).complete(TASK, expected);
  }

  @Test
  void shouldRefuseToCompleteATaskAColleagueClaimed() throws Exception {
    // given
    given(gateway.findTask(TASK))
        .willReturn(Optional.of(openTask(TASK, "dpf").withAssignee("dpf-li")));

    // when
    mvc.perform(complete().param("field.decision", "approve"))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE,
                    FlashNotice.problem("task.notice.assignedToOther", "dpf-li")));

    // then
    verify(gateway, never()).complete(anyLong(), anyMap());
  }

  @Test
  void shouldRefuseToCompleteForAnotherDepartment() throws Exception {
    // when
    mvc.perform(post("/tasks/" + TASK + "/complete").with(staff("tax-wu", "tax")).with(csrf()))
        .andExpect(status().isForbidden());

    // then
    verify(gateway, never()).complete(anyLong(), anyMap());
  }

  @Test
  void shouldRequireACsrfTokenToComplete() throws Exception {
    // when
    mvc.perform(
            post("/tasks/" + TASK + "/complete")
                .with(staff("dpf-zhang", "dpf"))
                .param("field.decision", "approve"))
        .andExpect(status().isForbidden());

    // then
    verify(gateway, never()).complete(anyLong(), anyMap());
  }

  @Test
  void shouldReportWhenTheEngineRejectsTheCompletion() throws Exception {
    // given a colleague completed the task a moment earlier
    willThrow(new TaskActionRejectedException(TASK, "already completed", null))
        .given(gateway)
        .complete(anyLong(), anyMap());

    // when / then
    mvc.perform(
            complete()
                .param("field.decision", "approve")
                .param("field.comment", "同意。")
                .param("field.documentsChecked", "true"))
        .andExpect(redirectedUrl("/tasks/" + TASK))
        .andExpect(
            flash()
                .attribute(
                    FlashNotice.ATTRIBUTE, FlashNotice.problem("task.notice.rejected", "审核资格")));
  }

  @Test
  void shouldCompleteATaskWithoutFormWithoutVariables() throws Exception {
    // given
    UserTaskInfo withoutForm =
        new UserTaskInfo(
            TASK,
            "确认收件",
            "Task_Acknowledge",
            "CREATED",
            null,
            "petition-handling",
            TaskFixtures.PROCESS_DEFINITION,
            PROCESS_INSTANCE,
            TaskFixtures.ELEMENT_INSTANCE,
            "dpf-zhang",
            List.of("dpf"),
            List.of(),
            50,
            null,
            null,
            null,
            null,
            null,
            null);
    given(gateway.findTask(TASK)).willReturn(Optional.of(withoutForm));

    // when
    mvc.perform(complete()).andExpect(redirectedUrl("/tasks"));

    // then
    verify(gateway).complete(TASK, Map.of());
    verify(gateway, never()).findFormSchema(anyLong());
  }

  @Test
  void shouldShowANoticeInsteadOfAnUnsupportedComponent() throws Exception {
    // given
    given(gateway.findFormSchema(TASK))
        .willReturn(
            Optional.of(
                """
                {"components": [
                  {"type": "filepicker", "key": "attachment", "label": "附件"},
                  {"type": "textfield", "key": "comment", "label": "意见"}
                ]}
                """));

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    assertThat(page.select(".task-form .notice--problem").text())
        .isEqualTo("此处有一项本系统暂不支持的表单内容（附件），已略过。");
    assertThat(page.select("input[name=field.comment]")).hasSize(1);
  }

  @Test
  void shouldShowAListVariableAsATableAndNestedValuesInReadOnlyFields() throws Exception {
    // given a review form with a path key and a table of a list variable (Camunda Forms)
    given(gateway.findFormSchema(TASK))
        .willReturn(
            Optional.of(
                """
                {"components": [
                  {"type": "textfield", "key": "assessment.totalAmount", "label": "合计金额",
                   "readonly": true},
                  {"type": "table", "id": "Table_Employees", "label": "逐人核验结果",
                   "dataSource": "=assessment.employees",
                   "columns": [{"label": "姓名", "key": "name"},
                               {"label": "计入", "key": "counted"},
                               {"label": "理由", "key": "reasons"}]},
                  {"type": "textfield", "key": "comment", "label": "意见"}
                ]}
                """));
    given(gateway.findProcessVariables(PROCESS_INSTANCE))
        .willReturn(
            List.of(
                new ProcessVariable(
                    "assessment",
                    """
                    {"totalAmount": 31920, "employees": [
                      {"name": "陈建国", "counted": true, "reasons": []},
                      {"name": "钱伟", "counted": false, "reasons": ["残疾人证：证件已过期", "户籍：查无户籍"]}]}
                    """,
                    false)));

    // when
    Document page =
        parse(
            mvc.perform(get("/tasks/" + TASK).with(staff("dpf-zhang", "dpf")))
                .andExpect(status().isOk())
                .andReturn());

    // then
    assertThat(page.selectFirst("input[name=field.assessment.totalAmount]").val())
        .isEqualTo("31920");
    Element table = page.selectFirst(".task-form table");
    assertThat(table.select("caption").text()).isEqualTo("逐人核验结果");
    assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("姓名", "计入", "理由");
    assertThat(table.select("tbody tr").get(0).select("td"))
        .extracting(Element::text)
        .containsExactly("陈建国", "是", "");
    assertThat(table.select("tbody tr").get(1).select("td").eachText())
        .containsExactly("钱伟", "否", "残疾人证：证件已过期；户籍：查无户籍");
    Element region = table.parent();
    assertThat(region.attr("role")).isEqualTo("region");
    assertThat(region.attr("tabindex")).isEqualTo("0");
    assertThat(region.attr("aria-labelledby")).isEqualTo(table.selectFirst("caption").id());
  }

  private MockHttpServletRequestBuilder complete() {
    return post("/tasks/" + TASK + "/complete").with(staff("dpf-zhang", "dpf")).with(csrf());
  }

  private static String variable(Document page, String name) {
    for (Element row : page.select("section[aria-labelledby=variables-heading] .data-list__row")) {
      if (row.selectFirst("dt").text().equals(name)) {
        return row.selectFirst("dd").wholeText().strip();
      }
    }
    throw new AssertionError("Expected a variable named " + name + ", but the page has none");
  }
}

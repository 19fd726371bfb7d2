package org.tongxing.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;
import org.tongxing.app.casehistory.CaseHistoryEntry;

/**
 * The approval journey of an employment-subsidy case in Chromium, through the whole app: two
 * departments see only their own tasks; the federation's reviewer claims, is refused without an
 * opinion, sends the case back to the certificate check, hands the new review over to a colleague,
 * who asks Human Resources to co-sign first and then approves; the case moves on. Every page on the
 * way passes the accessibility scan.
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class ApprovalOperationsBrowserTest {

  @LocalServerPort int port;
  @Autowired CamundaClient client;
  @Autowired CaseHistory history;

  @Test
  void shouldShowEachDepartmentOnlyItsOwnTasks(WebDriver driver) {
    // given a review for the federation and a task for Human Resources
    long review = awaitTask(startApplication("JY-2026-0201"), "dpf");
    long hrssTask = awaitTask(startHrssCheck(), "hrss");
    StaffBrowser staff = new StaffBrowser(driver, port);

    // when Human Resources looks
    staff.signIn("hrss-wang");
    staff.open("/tasks?queue=unassigned");

    // then it sees its own task and not the federation's, not even by address
    assertThat(taskLinks(staff)).contains("/tasks/" + hrssTask).doesNotContain("/tasks/" + review);
    staff.scan("hrss /tasks?queue=unassigned");
    staff.open("/tasks/" + review);
    assertThat(staff.text("h1")).isEqualTo("您无权访问此页面");
    staff.scan("hrss 403");
    staff.signOut();

    // and the federation sees its own and not Human Resources'
    staff.signIn("dpf-zhang");
    staff.open("/tasks?queue=unassigned");
    assertThat(taskLinks(staff)).contains("/tasks/" + review).doesNotContain("/tasks/" + hrssTask);
    staff.scan("dpf /tasks?queue=unassigned");
    assertThat(staff.allPagesAccessible())
        .as(AccessibilityScan.describe(staff.violations()))
        .isTrue();
  }

  @Test
  void shouldReturnHandOverCoSignAndApproveACase(WebDriver driver) {
    // given an employer's application waiting for the federation's review
    long instance = startApplication("JY-2026-0202");
    long review = awaitTask(instance, "dpf");
    StaffBrowser staff = new StaffBrowser(driver, port);
    staff.signIn("dpf-zhang");

    // when the reviewer claims the task and approves without an opinion
    staff.open("/tasks/" + review);
    staff.find("form[action$='/claim'] button").click();
    staff.waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".status-line .tag"), "由我办理"));
    staff.awaitFormJs();
    staff.scan("task page, claimed");
    staff.field("审批意见").clear();
    staff.find("button[name='field.decision'][value=approve]").click();

    // then the refusal names the missing opinion, tied to its field, and takes focus
    staff
        .waitFor()
        .until(ExpectedConditions.presenceOfElementLocated(By.id("form-js-error-summary")));
    assertThat(staff.text("#form-js-error-summary a")).contains("审批意见", "请填写此项。");
    String comment = staff.field("审批意见").getDomAttribute("id");
    assertThat(staff.find("#form-js-error-summary a").getDomAttribute("href"))
        .isEqualTo("#" + comment);
    assertThat(staff.field("审批意见").getDomAttribute("aria-describedby"))
        .contains(comment + "-error-message");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("form-js-error-summary");
    staff.scan("task page, refused");

    // when the reviewer sends the case back to the assessment instead
    staff.find("#operation-return summary").click();
    assertThat(staff.text("#return-target")).contains("核验残疾人证", "测算补贴和奖励");
    new Select(staff.find("#return-target")).selectByVisibleText("测算补贴和奖励");
    staff.find("#return-reason").sendKeys("请重新核验证件有效期。");
    staff.find("#operation-return button[type=submit]").click();

    // then the case moves on: the assessment runs again and a new review waits
    staff.waitFor().until(ExpectedConditions.urlToBe(staff.url("/tasks")));
    assertThat(staff.text("[role=status]")).isEqualTo("已将办件退回到“测算补贴和奖励”。");
    long secondReview = awaitNewTask(instance, "dpf", review);

    // when the reviewer claims the new review and hands it over to a colleague
    staff.open("/tasks/" + secondReview);
    assertThat(staff.text("#returned-here")).contains("请重新核验证件有效期。");
    staff.find("form[action$='/claim'] button").click();
    staff.waitFor().until(ExpectedConditions.textToBe(By.cssSelector(".status-line .tag"), "由我办理"));
    staff.find("#operation-hand-over summary").click();
    new Select(staff.find("#operation-hand-over-handOverTo")).selectByValue("dpf-li");
    staff.find("#operation-hand-over button[type=submit]").click();
    staff.waitFor().until(ExpectedConditions.urlToBe(staff.url("/tasks")));
    assertThat(staff.text("[role=status]")).isEqualTo("已将任务转办给李强。");
    staff.signOut();

    // then the colleague has it, and asks Human Resources to co-sign first
    staff.signIn("dpf-li");
    staff.open("/tasks?queue=mine");
    assertThat(taskLinks(staff)).contains("/tasks/" + secondReview);
    staff.scan("dpf-li /tasks?queue=mine");
    staff.open("/tasks/" + secondReview);
    staff.find("#operation-signers summary").click();
    staff.find("#signer-before").click();
    staff.find("#signer-kind-person").click();
    new Select(staff.find("#operation-signers-signerPerson")).selectByValue("hrss-wang");
    staff.find("#operation-signers button[type=submit]").click();
    staff
        .waitFor()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "已请hrss-wang加签"));
    assertThat(staff.text(".task-page")).contains("正在等待加签人签署");
    staff.scan("task page, waiting for co-signer");
    staff.signOut();

    // when Human Resources reads the case and co-signs
    staff.signIn("hrss-wang");
    staff.open("/tasks?queue=mine");
    staff.scan("hrss /tasks?queue=mine");
    long signature = awaitSignatureTask("hrss-wang");
    staff.open("/tasks/" + signature);
    staff.find("a[href$='/tasks/" + secondReview + "']").click();
    staff.waitFor().until(ExpectedConditions.urlContains("/tasks/" + secondReview));
    assertThat(staff.text(".task-page")).contains("您可以查看，但不能办理此任务");
    staff.scan("co-signer reads the case");
    staff.open("/tasks/" + signature);
    staff.awaitFormJs();
    staff.field("审批意见").sendKeys("工资标准已核实，同意。");
    staff.find("button[name='field.signDecision'][value=agree]").click();
    staff.waitFor().until(ExpectedConditions.urlToBe(staff.url("/tasks")));
    staff.signOut();

    // then the colleague approves with an opinion, using the keyboard
    staff.signIn("dpf-li");
    staff.open("/tasks/" + secondReview);
    assertThat(staff.text(".history")).contains("加签人签署", "工资标准已核实，同意。");
    staff.awaitFormJs();
    staff.field("审批意见").sendKeys("材料齐全，经人社局会签，同意补贴。");
    staff.find("button[name='field.decision'][value=approve]").sendKeys(Keys.ENTER);
    staff.waitFor().until(ExpectedConditions.urlToBe(staff.url("/tasks")));
    assertThat(staff.text("[role=status]")).isEqualTo("已完成任务“市残联审核”。");

    // and the case moves on past the review (to the next step, or to its end), with every step
    // in its history
    await()
        .atMost(StaffBrowser.PATIENCE)
        .until(
            () ->
                client.newProcessInstanceGetRequest(instance).execute().getState()
                        == ProcessInstanceState.COMPLETED
                    || client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.processInstanceKey(instance).state(UserTaskState.CREATED))
                        .send()
                        .join()
                        .items()
                        .stream()
                        .anyMatch(task -> !"Task_ReviewApplication".equals(task.getElementId())));
    assertThat(history.ofProcessInstance(instance))
        .extracting(CaseHistoryEntry::action)
        .containsSubsequence(
            CaseAction.CLAIMED,
            CaseAction.RETURNED,
            CaseAction.CLAIMED,
            CaseAction.HANDED_OVER,
            CaseAction.SIGNER_ADDED,
            CaseAction.COSIGNED,
            CaseAction.APPROVED);
    assertThat(history.ofProcessInstance(instance))
        .filteredOn(e -> e.action() == CaseAction.APPROVED)
        .extracting(CaseHistoryEntry::opinion)
        .containsExactly("材料齐全，经人社局会签，同意补贴。");
    assertThat(staff.allPagesAccessible())
        .as(AccessibilityScan.describe(staff.violations()))
        .isTrue();
  }

  @Test
  void shouldAttachADocumentAndRefuseOneThatIsNotWhatItsNameSays(WebDriver driver)
      throws Exception {
    // given a review and two files, one a real PDF, one an executable named .pdf
    long review = awaitTask(startApplication("JY-2026-0203"), "dpf");
    java.nio.file.Path pdf = java.nio.file.Files.createTempFile("营业执照", ".pdf");
    java.nio.file.Files.writeString(pdf, "%PDF-1.7\n1 0 obj\n");
    java.nio.file.Path fake = java.nio.file.Files.createTempFile("证明", ".pdf");
    java.nio.file.Files.write(fake, new byte[] {'M', 'Z', 0, 0});
    StaffBrowser staff = new StaffBrowser(driver, port);
    staff.signIn("dpf-zhang");
    staff.open("/tasks/" + review);

    // when the reviewer uploads the fake
    staff.find("#attachment-file").sendKeys(fake.toString());
    staff.find("form[action$='/attachments'] button[type=submit]").click();

    // then it is refused, the message tied to the file field
    staff
        .waitFor()
        .until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-file-error")));
    assertThat(staff.text("#attachment-file-error")).contains("内容不是 pdf 文件");
    assertThat(staff.find("#attachment-file").getDomAttribute("aria-describedby"))
        .contains("attachment-file-error");
    staff.scan("task page, attachment refused");

    // when the real PDF follows
    staff.find("#attachment-file").sendKeys(pdf.toString());
    staff.find("#attachment-description").sendKeys("营业执照副本");
    staff.find("form[action$='/attachments'] button[type=submit]").click();

    // then it is listed with a link to read it, and the history says who added it
    staff
        .waitFor()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".attachments__item a")));
    assertThat(staff.text(".attachments__list"))
        .contains(pdf.getFileName().toString(), "营业执照副本", "张敏上传");
    assertThat(staff.text(".history")).contains("上传附件");
    staff.scan("task page, attachment added");
    assertThat(staff.allPagesAccessible())
        .as(AccessibilityScan.describe(staff.violations()))
        .isTrue();
  }

  private static List<String> taskLinks(StaffBrowser staff) {
    return staff.findAll("tbody th[scope=row] a").stream()
        .map(link -> link.getDomAttribute("href"))
        .toList();
  }

  private long startApplication(String applicationId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("employment-subsidy")
        .latestVersion()
        .variables(
            Map.of(
                "applicationId",
                applicationId,
                "applicantName",
                "温州同行制衣有限公司",
                "county",
                "lucheng",
                "employer",
                Map.of(
                    "name",
                    "温州同行制衣有限公司",
                    "unifiedSocialCreditCode",
                    "91330302MA2AXXXX0X",
                    "type",
                    "enterprise",
                    "county",
                    "lucheng"),
                "year",
                2025,
                "employees",
                List.of(
                    Map.of(
                        "name",
                        "陈建国",
                        "idNumber",
                        "330302197804152112",
                        "certificateNumber",
                        "33030219780415211242"))))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** A small process of its own whose only task is Human Resources'. */
  private long startHrssCheck() {
    String processId = "hrss-check-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .name("社保缴费核验")
                .startEvent()
                .userTask(
                    "Task_CheckInsurance",
                    task -> task.name("核验社保缴费").zeebeUserTask().zeebeCandidateGroups("hrss"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private long awaitTask(long instance, String group) {
    return awaitNewTask(instance, group, -1);
  }

  private long awaitNewTask(long instance, String group, long other) {
    return await()
        .atMost(StaffBrowser.PATIENCE)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.candidateGroup(group)
                                .processInstanceKey(instance)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items()
                    .stream()
                    .filter(task -> task.getUserTaskKey() != other)
                    .toList(),
            items -> items.size() == 1)
        .get(0)
        .getUserTaskKey();
  }

  private long awaitSignatureTask(String assignee) {
    List<UserTask> tasks =
        await()
            .atMost(StaffBrowser.PATIENCE)
            .until(
                () ->
                    client
                        .newUserTaskSearchRequest()
                        .filter(
                            f ->
                                f.assignee(assignee)
                                    .bpmnProcessId("tongxing-add-signer")
                                    .state(UserTaskState.CREATED))
                        .send()
                        .join()
                        .items(),
                items -> !items.isEmpty());
    return tasks.get(0).getUserTaskKey();
  }
}

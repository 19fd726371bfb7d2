package org.tongxing.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * The tasklist in a real browser against the whole app (engine, REST API, security, pages): sign in
 * as a demo member of the Disabled Persons' Federation, see the tasks, switch language, and
 * complete a review of the employment-subsidy path ({@code workflows/employment-subsidy.bpmn}).
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class TasklistBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @LocalServerPort int port;
  @Autowired CamundaClient client;

  @Test
  void shouldSignInAndShowTheDepartmentsTasksInChinese(WebDriver browser) {
    // when
    signIn(browser, "dpf-zhang", "demo");

    // then
    assertThat(browser.getCurrentUrl()).endsWith("/tasks");
    assertThat(browser.getTitle()).isEqualTo("待办任务 – 同行");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("任务\n待办任务");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
    assertThat(browser.findElement(By.cssSelector(".account")).getText()).contains("张敏", "市残联");
  }

  @Test
  void shouldSwitchToEnglishAndKeepIt(WebDriver browser) {
    // given
    signIn(browser, "dpf-zhang", "demo");

    // when
    browser.findElement(By.linkText("English")).click();
    waitFor(browser).until(ExpectedConditions.titleIs("To do – Tongxing"));
    browser.get(url("/tasks"));

    // then
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tasks\nTo do");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector(".account")).getText())
        .contains("Disabled Persons' Federation");
  }

  @Test
  void shouldTieTheErrorOfAWrongPasswordToTheForm(WebDriver browser) {
    // when
    signIn(browser, "dpf-zhang", "wrong");

    // then
    WebElement message = browser.findElement(By.id("login-error-message"));
    assertThat(message.isDisplayed()).isTrue();
    assertThat(message.getText()).isEqualTo("用户名或密码不正确，请检查后重新输入。");
    assertThat(browser.findElement(By.id("password")).getDomAttribute("aria-describedby"))
        .isEqualTo("login-error-message");
    assertThat(browser.findElement(By.id("password")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("username")).getDomProperty("value"))
        .isEqualTo("dpf-zhang");
    // the error summary takes focus, so a screen reader announces it first
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("login-error");
  }

  @Test
  void shouldOfferTheSkipLinkFirstAndReflowOnANarrowScreen(WebDriver browser) {
    // given a window as narrow as a phone, or a desktop at 400 % zoom
    browser.manage().window().setSize(new Dimension(360, 800));
    browser.get(url("/login"));

    // when
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

    // then
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
    assertThat(focused.getText()).isEqualTo("跳到主要内容");
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth >"
                    + " document.documentElement.clientWidth;");
    assertThat(overflow).isEqualTo(false);
  }

  @Test
  void shouldCompleteAReviewWithADecisionAndACommentUsingOnlyTheKeyboard(WebDriver browser) {
    // given an employer's application waiting for the federation's review
    long instanceKey = startApplication();
    long taskKey = awaitReviewTask(instanceKey);
    signIn(browser, "dpf-zhang", "demo");

    // when the reviewer opens the task from the list, approves and comments
    browser.get(url("/tasks"));
    browser.findElement(By.cssSelector("a[href$='/tasks/" + taskKey + "']")).sendKeys(Keys.ENTER);
    waitFor(browser).until(ExpectedConditions.urlContains("/tasks/" + taskKey));
    new WebDriverWait(browser, PATIENCE)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".form-js-container--ready")));
    // the checks of every employee are there to read before deciding
    WebElement employees = browser.findElement(By.xpath("//table[caption='残疾人职工逐人核验结果']"));
    assertThat(employees.findElement(By.cssSelector("tbody tr")).getText()).contains("徐静", "是");
    StaffBrowser.field(browser, "审批意见").sendKeys("材料齐全，同意补贴。");
    browser
        .findElement(By.cssSelector("button[name='field.decision'][value=approve]"))
        .sendKeys(Keys.ENTER);

    // then the list confirms it, and the process received the decision as variables
    waitFor(browser).until(ExpectedConditions.urlToBe(url("/tasks")));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("已完成任务“市残联审核”。");
    assertThat(browser.findElements(By.cssSelector("a[href$='/tasks/" + taskKey + "']"))).isEmpty();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(processVariables(instanceKey))
                    .containsEntry("decision", "\"approve\"")
                    .containsEntry("reviewComment", "\"材料齐全，同意补贴。\""));
  }

  @Test
  void shouldDrawTheProcessDiagramWithTheCurrentStepAndThePathTaken(WebDriver browser) {
    // given a case whose certificates were checked and which waits for the review
    long instanceKey = startApplication();
    long taskKey = awaitReviewTask(instanceKey);
    signIn(browser, "dpf-zhang", "demo");

    // when
    browser.get(url("/tasks/" + taskKey));

    // then the diagram is drawn with the review marked as the current step
    WebElement figure =
        waitFor(browser)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".process-diagram--ready")));
    assertThat(shapeClasses(browser, "Task_ReviewApplication")).contains("diagram-active");
    assertThat(shapeClasses(browser, "StartEvent_ApplicationReceived"))
        .contains("diagram-completed");
    assertThat(shapeClasses(browser, "Task_CheckDisabilityCertificates"))
        .contains("diagram-completed");
    assertThat(shapeClasses(browser, "Flow_ToReviewApplication")).contains("diagram-taken");
    assertThat(shapeClasses(browser, "EndEvent_Paid"))
        .doesNotContain("diagram-completed", "diagram-active");
    // in words too, for those who cannot see it
    assertThat(figure.getAccessibleName()).startsWith("流程图，当前步骤：市残联审核");
    // the licence of bpmn-js asks for its watermark to stay visible
    assertThat(figure.findElement(By.cssSelector("a.bjs-powered-by")).isDisplayed()).isTrue();
  }

  @Test
  void shouldPassTheAccessibilityScanOnEveryTasklistPage(WebDriver browser) {
    // given
    long taskKey = awaitReviewTask(startApplication());
    Map<String, List<String>> violations = new java.util.LinkedHashMap<>();

    // when
    browser.get(url("/login"));
    violations.put("/login", AccessibilityScan.seriousViolations(browser));
    signIn(browser, "dpf-zhang", "demo");
    browser.get(url("/tasks"));
    violations.put("/tasks", AccessibilityScan.seriousViolations(browser));
    browser.get(url("/tasks/" + taskKey));
    waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".process-diagram--ready")));
    violations.put("/tasks/{key}", AccessibilityScan.seriousViolations(browser));

    // then
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(AccessibilityScan.describe(violations))
        .isTrue();
  }

  private static String shapeClasses(WebDriver browser, String elementId) {
    return browser
        .findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"))
        .getDomAttribute("class");
  }

  private long startApplication() {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("employment-subsidy")
        .latestVersion()
        .variables(
            Map.of(
                "applicationId",
                "JY-2026-0101",
                "employer",
                Map.of(
                    "name", "温州同行印刷有限公司",
                    "unifiedSocialCreditCode", "91330302MA2B8T6L36",
                    "county", "lucheng",
                    "contactName", "陈立新",
                    "bankAccount",
                        Map.of(
                            "accountName", "温州同行印刷有限公司",
                            "accountNumber", "6217001820005566778",
                            "bankName", "中国建设银行温州鹿城支行")),
                "year",
                2025,
                "employees",
                List.of(
                    Map.of(
                        "name", "徐静",
                        "idNumber", "330328199510082422",
                        "certificateNumber", "33032819951008242254"))))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  private long awaitReviewTask(long instanceKey) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.candidateGroup("dpf")
                                .processInstanceKey(instanceKey)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0)
        .getUserTaskKey();
  }

  private Map<String, String> processVariables(long instanceKey) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey))
        .send()
        .join()
        .items()
        .stream()
        .filter(variable -> variable.getScopeKey() == instanceKey)
        .collect(Collectors.toMap(Variable::getName, Variable::getValue));
  }

  private void signIn(WebDriver browser, String username, String password) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/login"))));
  }

  private WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, PATIENCE);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

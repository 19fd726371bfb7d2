package org.tongxing.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.browser.AccessibilityScan;
import org.tongxing.app.browser.BrowserExtension;
import org.tongxing.app.browser.SignIn;
import org.tongxing.app.modeler.deployed.DeploymentLog;
import org.tongxing.app.modeler.deployed.DeploymentRecord;

/**
 * The modeler in a real browser against the whole app: a policy owner opens a deployed process,
 * changes a value of its decision table, sees the diff, fails a check with an element that cites no
 * clause, fixes it by keyboard, deploys, and a new instance uses the new rule (through the client).
 * Every page passes the accessibility scan.
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class ModelerBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @LocalServerPort int port;
  @Autowired CamundaClient client;
  @Autowired DeploymentLog deployments;

  @Test
  void shouldChangeADecisionFixAMissingClauseDeployAndRunTheNewRule(WebDriver browser) {
    // given the living allowance of item 6.2 deployed: 1,000 yuan a month
    deployFixture();
    Map<String, List<String>> violations = new LinkedHashMap<>();
    SignIn.as(browser, url(""), "dpf-policy");

    // when the policy owner starts a draft from the deployed process
    browser.get(url("/modeler"));
    scan(browser, "/modeler", violations);
    browser.findElement(By.cssSelector("button[aria-label='以“康复生活补贴”新建修改稿']")).click();
    waitFor(browser).until(ExpectedConditions.urlMatches(".*/modeler/drafts/\\d+$"));
    String draftUrl = browser.getCurrentUrl();
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .startsWith("已新建修改稿“康复生活补贴”");
    assertThat(browser.findElements(By.cssSelector("table th[scope=row] a")))
        .extracting(WebElement::getText)
        .containsExactly("living-allowance-amount.dmn", "living-allowance.bpmn");
    scan(browser, "/modeler/drafts/{id}", violations);

    // and changes the decision table: 1,200 yuan a month
    browser.findElement(By.linkText("living-allowance-amount.dmn")).click();
    ready(browser);
    scan(browser, "/modeler/drafts/{id}/files/{dmn}", violations);
    WebElement cell =
        browser.findElement(
            By.cssSelector("td.output-cell[data-row-id='Rule_PerMonth'] [contenteditable]"));
    cell.click();
    // the cell turns into a FEEL editor (CodeMirror) that takes the keys
    browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "months * 1200");
    save(browser, "康复生活补贴提高到每月1200元");
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
        .isEqualTo("已保存为版本 2。");

    // then the diff shows the cell before and after
    browser.get(draftUrl);
    browser.findElement(By.linkText("与上一版本比较")).click();
    WebElement rule =
        browser.findElement(
            By.xpath(
                "//tr[contains(@class,'change--changed')]" + "[.//code[text()='Rule_PerMonth']]"));
    assertThat(rule.findElement(By.cssSelector(".change-before")).getText())
        .isEqualTo("months * 1000");
    assertThat(rule.findElement(By.cssSelector(".change-after")).getText())
        .isEqualTo("months * 1200");
    assertThat(browser.findElements(By.cssSelector(".text-diff__added")))
        .extracting(WebElement::getText)
        .anySatisfy(line -> assertThat(line).contains("months * 1200"));
    scan(browser, "/modeler/drafts/{id}/diff", violations);

    // when a task is appended without a clause and saved
    browser.get(draftUrl);
    browser.findElement(By.linkText("living-allowance.bpmn")).click();
    ready(browser);
    elementButton(browser, "Task_DecideAmount").sendKeys(Keys.ENTER);
    new Select(browser.findElement(By.id("element-append-type"))).selectByVisibleText("任务");
    browser.findElement(By.cssSelector("[data-action=append]")).sendKeys(Keys.ENTER);
    waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-status]"), "已追加：任务"));
    String newTask = selectedElementId(browser);
    save(browser, "追加复核任务");

    // then the checks fail at that element, on the diagram and in the list
    ready(browser);
    WebElement problem =
        waitFor(browser)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(
                        "[data-problem-list] button[data-element-id='" + newTask + "']")));
    assertThat(problem.findElement(By.xpath("..")).getText()).contains("此元素实现了政策规则，但没有引用条款");
    assertThat(shapeClasses(browser, newTask)).contains("modeler-has-error");
    scan(browser, "/modeler/drafts/{id}/files/{bpmn}", violations);
    browser.get(draftUrl + "/deploy");
    assertThat(browser.findElement(By.cssSelector(".problem-list")).getText())
        .contains("此元素实现了政策规则，但没有引用条款");
    assertThat(browser.findElements(By.cssSelector("form[action$='/deploy']"))).isEmpty();
    scan(browser, "/modeler/drafts/{id}/deploy (refused)", violations);

    // when the owner follows the problem to the element and sets its clause by keyboard
    browser
        .findElement(By.cssSelector(".problem-list a[href*='element=" + newTask + "']"))
        .sendKeys(Keys.ENTER);
    ready(browser);
    assertThat(selectedElementId(browser)).isEqualTo(newTask);
    WebElement clauses = browser.findElement(By.id("element-clause-select"));
    new Select(clauses).selectByValue("item 6.2");
    browser.findElement(By.cssSelector("[data-action=set-clause]")).sendKeys(Keys.ENTER);
    assertThat(browser.findElement(By.cssSelector("[data-clause-panel]")).getText())
        .contains("item 6.2", "未满7周岁的残疾儿童在定点机构康复训练费用");
    browser.findElement(By.cssSelector("[data-action=check]")).sendKeys(Keys.ENTER);
    waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-status]"), "检查完成：0 个错误"));
    save(browser, "为复核任务写明政策依据");

    // and deploys with a reason, after reading what changes
    browser.get(draftUrl + "/deploy");
    String effects = browser.findElement(By.cssSelector("main")).getText();
    assertThat(effects)
        .contains("检查通过：没有发现问题。")
        .contains("已部署版本 1 → 新版本 2。")
        .contains("康复生活补贴（版本 1）：核定补贴金额")
        .contains("部署后新启动的实例使用版本 2。");
    scan(browser, "/modeler/drafts/{id}/deploy", violations);
    browser.findElement(By.id("deploy-reason")).sendKeys("市政府通知：康复生活补贴提高到每月1200元");
    browser.findElement(By.cssSelector("form[action$='/deploy'] button[type=submit]")).click();
    waitFor(browser).until(ExpectedConditions.urlMatches(".*/modeler/deployments/\\d+$"));
    assertThat(browser.findElement(By.cssSelector("main")).getText())
        .contains("何静 (dpf-policy)", "市政府通知：康复生活补贴提高到每月1200元");
    scan(browser, "/modeler/deployments/{id}", violations);

    // then a new case uses the new rule, and the deployment is on record
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(ModelerFixtures.PROCESS_ID)
            .latestVersion()
            .variables(Map.of("months", 3))
            .send()
            .join()
            .getProcessInstanceKey();
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(variables(instance)).containsEntry("allowance", "3600"));
    DeploymentRecord record = deployments.latest(1).get(0);
    assertThat(record.deployedBy().username()).isEqualTo("dpf-policy");
    assertThat(record.resources())
        .extracting(r -> r.fileName() + " v" + r.version())
        .containsExactlyInAnyOrder("living-allowance-amount.dmn v2", "living-allowance.bpmn v2");

    // and every page passed the accessibility scan
    browser.get(url("/modeler/deployments"));
    scan(browser, "/modeler/deployments", violations);
    long deployedKey =
        record.resources().stream()
            .filter(r -> r.fileName().endsWith(".bpmn"))
            .findFirst()
            .orElseThrow()
            .resourceKey();
    awaitSearchable(deployedKey);
    browser.get(url("/modeler/deployed/processes/" + deployedKey + "?element=Task_DecideAmount"));
    ready(browser);
    assertThat(browser.findElement(By.cssSelector("a.bjs-powered-by")).isDisplayed()).isTrue();
    scan(browser, "/modeler/deployed/processes/{key}", violations);
    browser.get(
        url(
            "/modeler/deployed/decisions/"
                + record.resources().stream()
                    .filter(r -> r.fileName().endsWith(".dmn"))
                    .findFirst()
                    .orElseThrow()
                    .resourceKey()));
    ready(browser);
    assertThat(browser.findElement(By.cssSelector("[data-canvas]")).getText())
        .contains("months * 1200");
    scan(browser, "/modeler/deployed/decisions/{key}", violations);
    browser.get(draftUrl + "/checks");
    scan(browser, "/modeler/drafts/{id}/checks", violations);
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(describe(violations))
        .isTrue();
  }

  private void deployFixture() {
    long key =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(
                ModelerFixtures.decisions().content(), ModelerFixtures.decisions().fileName())
            .addResourceStringUtf8(
                ModelerFixtures.process().content(), ModelerFixtures.process().fileName())
            .send()
            .join()
            .getProcesses()
            .get(0)
            .getProcessDefinitionKey();
    awaitSearchable(key);
  }

  /** The process definition search (which the modeler's pages read) is eventually consistent. */
  private void awaitSearchable(long processDefinitionKey) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                !client
                    .newProcessDefinitionSearchRequest()
                    .filter(f -> f.processDefinitionKey(processDefinitionKey))
                    .send()
                    .join()
                    .items()
                    .isEmpty());
  }

  private static void save(WebDriver browser, String message) {
    WebElement field = browser.findElement(By.id("save-message"));
    field.sendKeys(message);
    field.submit();
    waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("p.notice--success[role=status]")));
  }

  private static void ready(WebDriver browser) {
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modeler--ready")));
  }

  private static WebElement elementButton(WebDriver browser, String elementId) {
    return browser.findElement(
        By.cssSelector("[data-element-list] button[data-element-id='" + elementId + "']"));
  }

  private static String selectedElementId(WebDriver browser) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const s = document.querySelector('[data-modeler]').modeler.get('selection').get();"
                    + " return s.length === 1 ? s[0].id : null;");
  }

  private static String shapeClasses(WebDriver browser, String elementId) {
    return browser
        .findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"))
        .getDomAttribute("class");
  }

  private Map<String, String> variables(long instanceKey) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Variable variable :
        client
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(instanceKey))
            .send()
            .join()
            .items()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  private static void scan(WebDriver browser, String page, Map<String, List<String>> violations) {
    violations.put(page, AccessibilityScan.seriousViolations(browser));
  }

  private static String describe(Map<String, List<String>> violations) {
    StringBuilder text = new StringBuilder();
    violations.forEach(
        (page, found) -> {
          if (!found.isEmpty()) {
            text.append(page).append(":\n  ").append(String.join("\n  ", found)).append('\n');
          }
        });
    return text.toString();
  }

  private static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, PATIENCE);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

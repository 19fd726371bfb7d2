package org.tongxing.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;

/**
 * The monitoring pages as WCAG 2.2 AA asks, as the tasklist's are checked: a supervisor searches,
 * opens a case and retries its failed step with the keyboard alone, and every page reads at 200 %
 * and 400 % zoom (640 and 320 CSS px wide) without scrolling sideways and passes axe there.
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class MonitoringAccessibilityBrowserTest {

  @LocalServerPort int port;
  @Autowired CamundaClient client;

  @Test
  void shouldSearchOpenAndRetryAFailedCaseUsingOnlyTheKeyboard(WebDriver driver) {
    // given a case whose bureau call failed for good
    String caseNumber = "JY-K-" + UUID.randomUUID().toString().substring(0, 8);
    long instance = failedCase(caseNumber).instance();
    StaffBrowser staff = new StaffBrowser(driver, port);
    Keyboard keyboard = new Keyboard(driver);
    staff.signIn("dpf-director");

    // when the supervisor types the case number into the search and presses Enter
    staff.open("/monitoring/instances");
    keyboard.tabTo("#caseNumber");
    assertThat(keyboard.focusIsVisible()).as("focus indicator on the case number").isTrue();
    keyboard.press(caseNumber, Keys.ENTER);
    staff.waitFor().until(ExpectedConditions.urlContains("caseNumber=" + caseNumber));
    // then opens the one case found
    keyboard.tabTo("#results a[href$='/monitoring/instances/" + instance + "']");
    assertThat(keyboard.focusIsVisible()).as("focus indicator on the case's link").isTrue();
    keyboard.press(Keys.ENTER);
    staff
        .waitFor()
        .until(ExpectedConditions.urlToBe(staff.url("/monitoring/instances/" + instance)));
    staff.scan("case");
    // and retries its failed step
    keyboard.tabTo("form[action$='/monitoring/incidents/retry'] button[type=submit]");
    assertThat(keyboard.focusIsVisible()).as("focus indicator on the retry button").isTrue();
    keyboard.press(Keys.ENTER);

    // then the page says so, and the incident is resolved
    staff
        .waitFor()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
    assertThat(staff.text("[role=status]")).contains("已重试 1");
    staff.scan("case after the retry");
    await()
        .atMost(StaffBrowser.PATIENCE)
        .until(
            () ->
                client
                    .newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
                    .send()
                    .join()
                    .items()
                    .isEmpty());
    assertThat(staff.allPagesAccessible()).as(staff.violations().toString()).isTrue();
  }

  @Test
  void shouldReflowEveryMonitoringPageAtTwoAndFourTimesZoom(WebDriver driver) {
    // given a failed case, so every page has something to show
    String caseNumber = "JY-Z-" + UUID.randomUUID().toString().substring(0, 8);
    FailedCase failed = failedCase(caseNumber);
    long definition =
        client
            .newProcessDefinitionSearchRequest()
            .filter(f -> f.processDefinitionId(failed.process()))
            .send()
            .join()
            .items()
            .get(0)
            .getProcessDefinitionKey();
    StaffBrowser staff = new StaffBrowser(driver, port);
    staff.signIn("dpf-director");
    List<String> pages =
        List.of(
            "/monitoring/instances?process=" + failed.process(),
            "/monitoring/instances/" + failed.instance(),
            "/monitoring/instances/" + failed.instance() + "/cancel",
            "/monitoring/instances/" + failed.instance() + "/move",
            "/monitoring/incidents?process=" + failed.process(),
            "/monitoring/definitions",
            "/monitoring/definitions/" + definition,
            "/monitoring/dashboard",
            "/monitoring/cases?q=" + caseNumber,
            "/monitoring/cases/" + failed.instance());
    Map<String, Boolean> sideways = new LinkedHashMap<>();

    // when each page is shown at 200 % and at 400 %
    try {
      for (Reflow.Zoom zoom : List.of(Reflow.DOUBLE, Reflow.QUADRUPLE)) {
        Reflow.zoom(driver, zoom);
        for (String page : pages) {
          staff.open(page);
          if (page.startsWith("/monitoring/instances/" + failed.instance() + "?")
              || page.equals("/monitoring/instances/" + failed.instance())
              || page.startsWith("/monitoring/definitions/")) {
            staff
                .waitFor()
                .until(
                    ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".process-diagram--ready")));
          }
          assertThat(Reflow.viewportWidth(driver))
              .as("layout width at " + zoom)
              .isLessThanOrEqualTo(zoom.cssWidth());
          sideways.put(zoom + " " + page, Reflow.scrollsSideways(driver));
          staff.scan(zoom + " " + page);
        }
      }
    } finally {
      Reflow.reset(driver);
    }

    // then none needs scrolling sideways, and axe finds nothing serious
    List<String> wide = new ArrayList<>();
    sideways.forEach(
        (page, scrolls) -> {
          if (scrolls) {
            wide.add(page);
          }
        });
    assertThat(wide).as("pages wider than the window").isEmpty();
    assertThat(staff.allPagesAccessible()).as(staff.violations().toString()).isTrue();
  }

  // --- the data set

  private record FailedCase(String process, long instance) {}

  /** A case of a fresh process whose wage check failed until its retries ran out. */
  private FailedCase failedCase(String caseNumber) {
    String process = "p-keyboard-" + UUID.randomUUID();
    String jobType = "hrss-keyboard-" + UUID.randomUUID();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(process)
                .name("无障碍测试流程")
                .startEvent()
                .serviceTask("Task_CheckWages", t -> t.name("核验工资").zeebeJobType(jobType))
                .userTask(
                    "Task_Review", t -> t.name("市残联审核").zeebeUserTask().zeebeCandidateGroups("dpf"))
                .endEvent()
                .done(),
            process + ".bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(process)
            .latestVersion()
            .variables(
                Map.of(
                    "applicationId",
                    caseNumber,
                    "county",
                    "lucheng",
                    "applicant",
                    Map.of("name", "陈建国", "idNumber", "330302197804152112")))
            .send()
            .join()
            .getProcessInstanceKey();
    ActivatedJob job =
        await()
            .atMost(StaffBrowser.PATIENCE)
            .until(
                () ->
                    client
                        .newActivateJobsCommand()
                        .jobType(jobType)
                        .maxJobsToActivate(1)
                        .send()
                        .join()
                        .getJobs(),
                jobs -> !jobs.isEmpty())
            .get(0);
    client
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("人社局社保系统暂时无法访问 (HTTP 503)")
        .send()
        .join();
    await()
        .atMost(StaffBrowser.PATIENCE)
        .until(
            () ->
                !client
                    .newIncidentSearchRequest()
                    .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
                    .send()
                    .join()
                    .items()
                    .isEmpty());
    // and the case is found by its number on the search side
    await()
        .atMost(StaffBrowser.PATIENCE)
        .until(
            () ->
                client
                        .newProcessInstanceSearchRequest()
                        .filter(f -> f.processInstanceKey(instance).hasIncident(true))
                        .send()
                        .join()
                        .items()
                        .size()
                    == 1);
    return new FailedCase(process, instance);
  }
}

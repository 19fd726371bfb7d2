package org.tongxing.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.browser.AccessibilityScan;
import org.tongxing.app.browser.BrowserExtension;
import org.tongxing.app.casehistory.CaseAction;
import org.tongxing.app.casehistory.CaseHistory;

/**
 * The monitoring pages in real Chromium against the whole app, written once for every search
 * backend: a subclass per backend gives the app's configuration. Each test deploys its own process
 * (a fresh id) through the client and drives its cases through the client.
 */
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
abstract class AbstractMonitoringBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @LocalServerPort int port;
  @Autowired CamundaClient client;
  @Autowired CaseHistory history;

  @Test
  void shouldFindCasesByProcessCountyAndApplicantAtABookmarkableAddress(WebDriver browser) {
    // given three cases of a process, two of them in Lucheng
    String process = deploy(twoSteps("p-search"));
    long first = start(process, "JY-S-1", "lucheng", "陈建国", "330302197804152112");
    start(process, "JY-S-2", "lucheng", "钱伟", "330304198209223913");
    start(process, "JY-S-3", "ouhai", "陈明", "330304199001013910");
    awaitOpenTasks(process, 3);
    signIn(browser, "dpf-director");

    // when a supervisor filters by process and county, then also by the applicant's name
    browser.get(url("/monitoring/instances"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("process")))
        .selectByValue(process);
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("county")))
        .selectByValue("lucheng");
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();

    // then the address is the search, and it finds the two Lucheng cases
    waitFor(browser).until(ExpectedConditions.urlContains("county=lucheng"));
    assertThat(browser.getCurrentUrl()).contains("process=" + process);
    assertThat(rows(browser)).hasSize(2);
    assertThat(browser.findElement(By.id("results")).getText())
        .contains("JY-S-1", "JY-S-2", "鹿城区")
        .doesNotContain("JY-S-3");

    browser.get(url("/monitoring/instances?process=" + process + "&applicant=陈"));
    assertThat(rows(browser)).hasSize(2);
    browser.get(url("/monitoring/instances?process=" + process + "&applicant=330302197804152112"));
    assertThat(rows(browser)).containsExactly(String.valueOf(first));
    // ID numbers are masked in what the page shows
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("19780415");

    // sorted by case, oldest first
    browser.get(
        url("/monitoring/instances?process=" + process + "&sort=processInstanceKey&order=asc"));
    assertThat(rows(browser)).hasSize(3).isSorted();
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();

    // a wrong date is named beside its field
    browser.get(url("/monitoring/instances?startedFrom=2026-13-40"));
    assertThat(browser.findElement(By.id("error-summary")).getText()).contains("2026-13-40");
  }

  @Test
  void shouldPageThroughCasesWithCursorsAtBookmarkableAddresses(WebDriver browser) {
    // given more cases of a process than fit on a page (25)
    String process = deploy(twoSteps("p-pages"));
    for (int i = 1; i <= 27; i++) {
      start(process, "JY-P-" + i, "lucheng", "陈建国", "330302197804152112");
    }
    awaitOpenTasks(process, 27);
    signIn(browser, "dpf-director");
    String search =
        "/monitoring/instances?process=" + process + "&sort=processInstanceKey&order=asc";

    // when a supervisor goes to the next page
    browser.get(url(search));
    List<String> first = rows(browser);
    browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
    waitFor(browser).until(ExpectedConditions.urlContains("after="));
    List<String> second = rows(browser);
    String secondAddress = browser.getCurrentUrl();

    // then the pages follow each other in the order asked, every case once
    assertThat(first).hasSize(25).isSorted();
    assertThat(second).hasSize(2).isSorted();
    assertThat(Long.parseLong(second.get(0))).isGreaterThan(Long.parseLong(first.get(24)));
    assertThat(browser.findElement(By.cssSelector("nav.pager")).getText()).contains("第 2 页，共 2 页");
    assertThat(browser.findElements(By.cssSelector("nav.pager a[rel=next]"))).isEmpty();
    // the address is the page: opened again (a bookmark), it shows the same cases
    browser.get(secondAddress);
    assertThat(rows(browser)).isEqualTo(second);
    // and the page before is the first again
    browser.findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
    waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("after=")));
    assertThat(rows(browser)).isEqualTo(first);

    // a cursor of another order is named, not an error page
    browser.get(
        url(
            "/monitoring/instances?process="
                + process
                + "&sort=startDate&page=2&"
                + secondAddress.substring(secondAddress.indexOf("after="))));
    assertThat(browser.findElement(By.id("error-summary")).getText()).contains("翻页位置");
  }

  @Test
  void shouldShowTheCaseWithItsDiagramMarkedAndItsTimeline(WebDriver browser) {
    // given a case whose first step is done and which waits for the second
    String process = deploy(twoSteps("p-view"));
    long instance = start(process, "JY-V-1", "lucheng", "陈建国", "330302197804152112");
    completeTask(awaitTask(instance, "Task_Review"));
    awaitTask(instance, "Task_CoReview");
    signIn(browser, "dpf-director");

    // when
    browser.get(url("/monitoring/instances/" + instance));

    // then the diagram marks the path, and the outline and timeline say it in words
    waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".process-diagram--ready")));
    assertThat(shapeClasses(browser, "Task_Review")).contains("diagram-completed");
    assertThat(shapeClasses(browser, "Task_CoReview")).contains("diagram-active");
    assertThat(shapeClasses(browser, "Flow_ToCoReview")).contains("diagram-taken");
    assertThat(browser.findElement(By.cssSelector("figure.process-diagram")).getAccessibleName())
        .contains("市人社局复核");
    assertThat(browser.findElement(By.cssSelector("ol.outline")).getText())
        .contains("【已完成】 市残联审核", "【当前】 市人社局复核");
    assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
        .contains("市残联审核", "已完成", "市人社局复核", "进行中");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("330302********2112")
        .doesNotContain("330302197804152112");
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();

    // and unmasking is recorded in the case history
    browser.findElement(By.cssSelector("form[action$='/unmask'] button")).click();
    waitFor(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "330302197804152112"));
    assertThat(history.ofProcessInstance(instance))
        .extracting(entry -> entry.action())
        .contains(CaseAction.IDENTITY_UNMASKED);
  }

  @Test
  void shouldRetryAFailedJobOnceItsBureauIsBack(WebDriver browser) {
    // given a case whose bureau call failed until its retries ran out
    String jobType = "hrss-test-" + UUID.randomUUID();
    String process =
        deploy(
            Bpmn.createExecutableProcess("p-incident-" + UUID.randomUUID())
                .name("出错测试流程")
                .startEvent()
                .serviceTask("Task_CheckWages", t -> t.name("核验工资").zeebeJobType(jobType))
                .userTask(
                    "Task_Review", t -> t.name("市残联审核").zeebeUserTask().zeebeCandidateGroups("dpf"))
                .endEvent()
                .done());
    long instance = start(process, "JY-I-1", "lucheng", "陈建国", "330302197804152112");
    failForGood(jobType, instance, "人社局社保系统暂时无法访问 (HTTP 503)");
    signIn(browser, "dpf-director");

    // when the supervisor retries it from the incident list
    browser.get(url("/monitoring/incidents?process=" + process));
    WebElement list = browser.findElement(By.id("incidents"));
    assertThat(list.getText()).contains("JY-I-1", "核验工资", "人社局社保系统暂时无法访问", "市人社局社保与工资系统");
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();
    browser.findElement(By.cssSelector("input[name=incident]")).click();
    browser.findElement(By.cssSelector("form[action$='/retry'] button[type=submit]")).click();

    // then the incident is resolved, the job can run again, and the history says who retried
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("已重试 1");
    await().atMost(PATIENCE).until(() -> activeIncidents(instance).isEmpty());
    List<ActivatedJob> again =
        client
            .newActivateJobsCommand()
            .jobType(jobType)
            .maxJobsToActivate(1)
            .send()
            .join()
            .getJobs();
    assertThat(again).hasSize(1);
    assertThat(again.get(0).getRetries()).isEqualTo(3);
    assertThat(history.ofProcessInstance(instance))
        .extracting(entry -> entry.action())
        .containsExactly(CaseAction.INCIDENT_RESOLVED);
  }

  @Test
  void shouldPageThroughTheCasesWithIncidentsAndKeepTheFiltersAfterARetry(WebDriver browser) {
    // given more failed cases of a process than fit on a page (25)
    String jobType = "hrss-test-" + UUID.randomUUID();
    String process =
        deploy(
            Bpmn.createExecutableProcess("p-incident-pages-" + UUID.randomUUID())
                .name("出错翻页测试流程")
                .startEvent()
                .serviceTask("Task_CheckWages", t -> t.name("核验工资").zeebeJobType(jobType))
                .endEvent()
                .done());
    for (int i = 1; i <= 26; i++) {
      start(process, "JY-IP-" + i, "lucheng", "陈建国", "330302197804152112");
    }
    AtomicInteger failed = new AtomicInteger();
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              for (ActivatedJob job :
                  client
                      .newActivateJobsCommand()
                      .jobType(jobType)
                      .maxJobsToActivate(26)
                      .send()
                      .join()
                      .getJobs()) {
                client
                    .newFailCommand(job.getKey())
                    .retries(0)
                    .errorMessage("人社局社保系统暂时无法访问")
                    .send()
                    .join();
                failed.incrementAndGet();
              }
              return failed.get() == 26;
            });
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                        .newProcessInstanceSearchRequest()
                        .filter(f -> f.processDefinitionId(process).hasIncident(true))
                        .send()
                        .join()
                        .page()
                        .totalItems()
                    == 26);
    signIn(browser, "dpf-director");

    // when the supervisor goes to the second page of the process's failed cases
    browser.get(url("/monitoring/incidents?process=" + process));
    List<String> first = incidentCases(browser);
    browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
    waitFor(browser).until(ExpectedConditions.urlContains("after="));
    List<String> second = incidentCases(browser);

    // then every case is on one of the two pages, the summary counts them all
    assertThat(first).hasSize(25).doesNotHaveDuplicates();
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
    assertThat(browser.findElement(By.cssSelector("#incident-groups tbody")).getText())
        .contains("26");

    // and a retry from the second page returns to the list with its filters
    browser.findElement(By.cssSelector("input[name=incident]")).click();
    browser.findElement(By.cssSelector("form[action$='/retry'] button[type=submit]")).click();
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
    assertThat(browser.getCurrentUrl()).contains("process=" + process).doesNotContain("after=");
    await().atMost(PATIENCE).until(() -> activeIncidents(Long.parseLong(second.get(0))).isEmpty());
  }

  @Test
  void shouldFindFailedCasesByStepBureauAndErrorOnTheSearchSide(WebDriver browser) {
    // given two cases at a review and one whose wage check failed
    String jobType = "hrss-test-" + UUID.randomUUID();
    String process =
        deploy(
            Bpmn.createExecutableProcess("p-failed-" + UUID.randomUUID())
                .name("出错查询测试流程")
                .startEvent()
                .exclusiveGateway("Gateway_Check")
                .sequenceFlowId("Flow_Check")
                .conditionExpression("applicationId = \"JY-F-3\"")
                .serviceTask("Task_CheckWages", t -> t.name("核验工资").zeebeJobType(jobType))
                .userTask(
                    "Task_Review", t -> t.name("市残联审核").zeebeUserTask().zeebeCandidateGroups("dpf"))
                .endEvent()
                .moveToLastExclusiveGateway()
                .defaultFlow()
                .connectTo("Task_Review")
                .done());
    start(process, "JY-F-1", "lucheng", "陈建国", "330302197804152112");
    start(process, "JY-F-2", "ouhai", "钱伟", "330304198209223913");
    long failed = start(process, "JY-F-3", "lucheng", "陈明", "330304199001013910");
    failForGood(jobType, failed, "人社局社保系统暂时无法访问 (HTTP 503)");
    awaitOpenTasks(process, 2);
    signIn(browser, "dpf-director");

    // when searching the cases at a step, failed at a step, or by their error
    String cases = "/monitoring/instances?process=" + process;
    browser.get(url(cases + "&step=Task_Review"));
    List<String> atReview = rows(browser);
    browser.get(url(cases + "&step=Task_CheckWages&incidents=yes"));
    List<String> failedAtCheck = rows(browser);
    browser.get(url(cases + "&step=Task_Review&incidents=yes"));
    List<String> failedAtReview = rows(browser);
    browser.get(url(cases + "&error=社保系统"));
    List<String> byError = rows(browser);

    // then
    assertThat(atReview).hasSize(2).doesNotContain(String.valueOf(failed));
    assertThat(failedAtCheck).containsExactly(String.valueOf(failed));
    assertThat(failedAtReview).isEmpty();
    assertThat(byError).containsExactly(String.valueOf(failed));
    // the step filter offers the process's steps by name
    assertThat(browser.findElement(By.id("step")).getText()).contains("市残联审核", "核验工资");

    // and the incident list filters by the bureau that failed and by the error
    browser.get(url("/monitoring/incidents?process=" + process + "&bureau=hrss"));
    assertThat(incidentCases(browser)).containsExactly(String.valueOf(failed));
    browser.get(url("/monitoring/incidents?process=" + process + "&bureau=finance"));
    assertThat(incidentCases(browser)).isEmpty();
    browser.get(url("/monitoring/incidents?process=" + process + "&error=HTTP 503"));
    assertThat(incidentCases(browser)).containsExactly(String.valueOf(failed));
    browser.get(url("/monitoring/incidents?process=" + process + "&error=财政"));
    assertThat(incidentCases(browser)).isEmpty();
  }

  @Test
  void shouldMoveACaseBackToAnEarlierStepAfterConfirmation(WebDriver browser) {
    // given a case at its second step
    String process = deploy(twoSteps("p-move"));
    long instance = start(process, "JY-M-1", "lucheng", "陈建国", "330302197804152112");
    completeTask(awaitTask(instance, "Task_Review"));
    long coReview = awaitTask(instance, "Task_CoReview");
    signIn(browser, "dpf-director");

    // when the supervisor sends it back to the first step, with a reason, and confirms
    browser.get(url("/monitoring/instances/" + instance + "/move"));
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();
    browser.findElement(By.cssSelector("input[name=target][value=Task_Review]")).click();
    browser.findElement(By.id("reason")).sendKeys("材料需补正");
    browser.findElement(By.cssSelector("form[action$='/move'] button[type=submit]")).click();
    waitFor(browser)
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=confirmed]")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("市残联审核");
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();
    browser.findElement(By.cssSelector("form[action$='/move'] button[type=submit]")).click();

    // then the first step is open again, the second ended, and the history has the reason
    waitFor(browser).until(ExpectedConditions.urlToBe(url("/monitoring/instances/" + instance)));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("市残联审核");
    long reviewAgain = awaitTask(instance, "Task_Review");
    assertThat(reviewAgain).isNotEqualTo(coReview);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                        .newUserTaskSearchRequest()
                        .filter(f -> f.userTaskKey(coReview))
                        .send()
                        .join()
                        .items()
                        .get(0)
                        .getState()
                    != UserTaskState.CREATED);
    assertThat(history.ofProcessInstance(instance))
        .anySatisfy(
            entry -> {
              assertThat(entry.action()).isEqualTo(CaseAction.MODIFIED);
              assertThat(entry.elementId()).isEqualTo("Task_Review");
              assertThat(entry.opinion()).isEqualTo("材料需补正");
              assertThat(entry.actor()).isEqualTo("dpf-director");
            });
  }

  @Test
  void shouldCountTheDashboardFiguresOfAKnownDataSet(WebDriver browser) throws Exception {
    // given six cases handled at known moments (engine clock pinned), reported as of 10 March
    String process =
        deploy(
            Bpmn.createExecutableProcess("p-dashboard-" + UUID.randomUUID())
                .name("看板测试流程")
                .startEvent()
                .userTask(
                    "Task_Handle",
                    t ->
                        t.name("办理")
                            .zeebeUserTask()
                            .zeebeCandidateGroupsExpression("department")
                            .zeebeDueDateExpression("due"))
                .endEvent()
                .done());
    try {
      handled(process, "D-1", "dpf", "lucheng", at(2, 9), at(3, 9), at(20, 9));
      handled(process, "D-2", "dpf", "lucheng", at(4, 9), at(4, 21), at(20, 9));
      handled(process, "D-3", "dpf", "ouhai", at(5, 9), at(8, 9), at(20, 9));
      handled(process, "D-4", "dpf", "ouhai", at(9, 9), null, at(9, 17));
      handled(process, "D-5", "hrss", "lucheng", at(10, 9), null, at(12, 9));
      handled(process, "D-6", "hrss", "ouhai", at(10, 10), null, at(30, 9));
    } finally {
      client.newResetClockCommand().send().join();
    }
    awaitOpenTasks(process, 3);
    signIn(browser, "dpf-director");

    // when
    String report = "/monitoring/dashboard?asOf=2030-03-10&weeks=2&process=" + process;
    browser.get(url(report));

    // then, per department: open, overdue, nearly due, completed, median, 90th percentile
    assertThat(cells(browser, "departments", "dpf"))
        .containsExactly("1", "1", "0", "3", "1天", "3天", "■ 红：有超期");
    assertThat(cells(browser, "departments", "hrss"))
        .containsExactly("2", "0", "1", "0", "无", "无", "▲ 黄：临近到期");
    // per county
    assertThat(cells(browser, "counties", "lucheng"))
        .containsExactly("1", "0", "1", "2", "18小时", "1天", "▲ 黄：临近到期");
    assertThat(cells(browser, "counties", "ouhai"))
        .containsExactly("2", "1", "0", "1", "3天", "3天", "■ 红：有超期");
    // the cases near or past a deadline, soonest first
    assertThat(browser.findElements(By.cssSelector("#deadlines tbody tr")))
        .extracting(WebElement::getText)
        .satisfiesExactly(
            row -> assertThat(row).contains("D-4", "红"),
            row -> assertThat(row).contains("D-5", "黄"));
    // the charts are drawn, with the tables as their text alternative
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart--ready")));
    assertThat(AccessibilityScan.seriousViolations(browser)).isEmpty();

    // and the exports hold the same figures
    String csv =
        fetchText(
            browser,
            "/monitoring/dashboard/export.csv?asOf=2030-03-10&weeks=2&table=departments&process="
                + process);
    assertThat(csv).contains("市残联,1,1,0,3,24.0,72.0,红：有超期");
    byte[] xlsx =
        fetchBytes(
            browser,
            "/monitoring/dashboard/export.xlsx?asOf=2030-03-10&weeks=2&process=" + process);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> sheets = workbook.getSheets().map(sheet -> sheet.getName()).toList();
      assertThat(sheets).containsExactly("各部门", "各县市区", "临近时限", "每周趋势");
      List<Row> departments = workbook.getFirstSheet().read();
      assertThat(departments)
          .anySatisfy(
              row -> {
                assertThat(row.getCellText(0)).isEqualTo("市人社局");
                assertThat(row.getCellAsNumber(1))
                    .hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(2));
              });
    }
  }

  @Test
  void shouldShowEachSupervisorOnlyTheirDepartmentsCases(WebDriver browser) {
    // given a case that only the federation (dpf) has handled so far
    String process = deploy(twoSteps("p-scope"));
    long instance = start(process, "JY-A-1", "lucheng", "陈建国", "330302197804152112");
    awaitTask(instance, "Task_Review");

    // when the HRSS supervisor looks, then the case is neither listed nor shown
    signIn(browser, "hrss-chief");
    browser.get(url("/monitoring/instances?process=" + process));
    assertThat(rows(browser)).isEmpty();
    browser.get(url("/monitoring/instances/" + instance));
    assertThat(browser.getTitle()).startsWith("无权访问");

    // and staff without a supervisor's role have no monitoring at all
    browser.manage().deleteAllCookies();
    signIn(browser, "dpf-zhang");
    browser.get(url("/monitoring"));
    assertThat(browser.getTitle()).startsWith("无权访问");
  }

  @Test
  void shouldPassTheAccessibilityScanOnEveryMonitoringPageInBothLanguages(WebDriver browser) {
    // given a case at its second step
    String process = deploy(twoSteps("p-axe"));
    long instance = start(process, "JY-X-1", "lucheng", "陈建国", "330302197804152112");
    completeTask(awaitTask(instance, "Task_Review"));
    awaitTask(instance, "Task_CoReview");
    long definition =
        client
            .newProcessDefinitionSearchRequest()
            .filter(f -> f.processDefinitionId(process))
            .send()
            .join()
            .items()
            .get(0)
            .getProcessDefinitionKey();
    signIn(browser, "dpf-director");
    Map<String, List<String>> violations = new LinkedHashMap<>();

    // when
    for (String language : List.of("zh-CN", "en")) {
      for (String page :
          List.of(
              "/monitoring/instances?process=" + process,
              "/monitoring/instances/" + instance,
              "/monitoring/instances/" + instance + "/cancel",
              "/monitoring/instances/" + instance + "/move",
              "/monitoring/instances/" + instance + "/variables/applicationId",
              "/monitoring/incidents",
              "/monitoring/definitions",
              "/monitoring/definitions/" + definition,
              "/monitoring/dashboard",
              "/monitoring/cases?q=JY-X-1",
              "/monitoring/cases/" + instance)) {
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
        if (page.equals("/monitoring/instances/" + instance)
            || page.startsWith("/monitoring/definitions/")) {
          waitFor(browser)
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector(".process-diagram--ready")));
        }
        violations.put(language + " " + page, AccessibilityScan.seriousViolations(browser));
      }
    }

    // then
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(violations.toString())
        .isTrue();
  }

  // --- the data set

  private static BpmnModelInstance twoSteps(String prefix) {
    return Bpmn.createExecutableProcess(prefix + "-" + UUID.randomUUID())
        .name("联合审核测试流程")
        .startEvent("StartEvent_Received")
        .name("收到申请")
        .userTask("Task_Review", t -> t.name("市残联审核").zeebeUserTask().zeebeCandidateGroups("dpf"))
        .sequenceFlowId("Flow_ToCoReview")
        .userTask(
            "Task_CoReview", t -> t.name("市人社局复核").zeebeUserTask().zeebeCandidateGroups("hrss"))
        .endEvent("EndEvent_Done")
        .name("办结")
        .done();
  }

  private String deploy(BpmnModelInstance model) {
    String id =
        model
            .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
            .iterator()
            .next()
            .getId();
    client.newDeployResourceCommand().addProcessModel(model, id + ".bpmn").send().join();
    return id;
  }

  private long start(
      String process, String applicationId, String county, String name, String idNumber) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(process)
        .latestVersion()
        .variables(
            Map.of(
                "applicationId",
                applicationId,
                "county",
                county,
                "applicant",
                Map.of("name", name, "idNumber", idNumber)))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** A case created at {@code created} whose one task is completed at {@code completed}. */
  private void handled(
      String process,
      String caseId,
      String department,
      String county,
      Instant created,
      Instant completed,
      Instant due) {
    client.newPinClockCommand().time(created).send().join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(process)
            .latestVersion()
            .variables(
                Map.of(
                    "applicationId",
                    caseId,
                    "county",
                    county,
                    "department",
                    department,
                    "due",
                    due.atZone(ZONE).toOffsetDateTime().toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    long task = awaitTask(instance, "Task_Handle");
    if (completed != null) {
      client.newPinClockCommand().time(completed).send().join();
      completeTask(task);
      await()
          .atMost(PATIENCE)
          .until(
              () ->
                  client
                          .newUserTaskSearchRequest()
                          .filter(f -> f.userTaskKey(task))
                          .send()
                          .join()
                          .items()
                          .get(0)
                          .getState()
                      == UserTaskState.COMPLETED);
    }
  }

  private static Instant at(int day, int hour) {
    return LocalDateTime.of(2030, 3, day, hour, 0).atZone(ZONE).toInstant();
  }

  private long awaitTask(long instance, String elementId) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(
                        f ->
                            f.processInstanceKey(instance)
                                .elementId(elementId)
                                .state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == 1)
        .get(0)
        .getUserTaskKey();
  }

  private void awaitOpenTasks(String process, int count) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.bpmnProcessId(process).state(UserTaskState.CREATED))
                    .send()
                    .join()
                    .items(),
            items -> items.size() == count);
  }

  private void completeTask(long task) {
    client.newAssignUserTaskCommand(task).assignee("dpf-zhang").send().join();
    client.newCompleteUserTaskCommand(task).send().join();
  }

  /** Fails the case's job of this type with no retries left: an incident with the message. */
  private void failForGood(String jobType, long instance, String message) {
    ActivatedJob job =
        await()
            .atMost(PATIENCE)
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
    client.newFailCommand(job.getKey()).retries(0).errorMessage(message).send().join();
    await().atMost(PATIENCE).until(() -> !activeIncidents(instance).isEmpty());
  }

  private List<io.camunda.client.api.search.response.Incident> activeIncidents(long instance) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
        .send()
        .join()
        .items();
  }

  // --- the pages

  private static List<String> rows(WebDriver browser) {
    return browser.findElements(By.cssSelector("#results tbody tr")).stream()
        .map(row -> row.getDomAttribute("data-instance-key"))
        .toList();
  }

  private static List<String> incidentCases(WebDriver browser) {
    return browser.findElements(By.cssSelector("#incidents tbody tr")).stream()
        .map(row -> row.getDomAttribute("data-instance-key"))
        .toList();
  }

  private static List<String> cells(WebDriver browser, String table, String row) {
    return browser
        .findElements(By.cssSelector("#" + table + " tr[data-row='" + row + "'] td"))
        .stream()
        .map(cell -> cell.getText().replaceAll("\\s+", " ").trim())
        .toList();
  }

  private static String shapeClasses(WebDriver browser, String elementId) {
    return browser
        .findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"))
        .getDomAttribute("class");
  }

  private static String fetchText(WebDriver browser, String path) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
                path);
  }

  private static byte[] fetchBytes(WebDriver browser, String path) {
    String base64 =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                        + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done(btoa(s)); });",
                    path);
    return Base64.getDecoder().decode(base64);
  }

  private void signIn(WebDriver browser, String username) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("demo");
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

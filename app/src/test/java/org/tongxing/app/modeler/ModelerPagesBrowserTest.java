package org.tongxing.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.app.browser.AccessibilityScan;
import org.tongxing.app.browser.BrowserExtension;
import org.tongxing.app.browser.SignIn;

/**
 * The modeler's other pages in a real browser: the form editor, the clause index and the way from a
 * sentence to the element that cites it and back, English, and what a colleague without the
 * policy-owner role sees. Every page passes the accessibility scan.
 */
@TongxingAppTest
@EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")
@ExtendWith(BrowserExtension.class)
class ModelerPagesBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(15);

  @LocalServerPort int port;

  @Test
  void shouldEditAFormFromTheRepository(WebDriver browser) {
    // given
    Map<String, List<String>> violations = new LinkedHashMap<>();
    SignIn.as(browser, url(""), "dpf-policy");

    // when
    browser.get(url("/modeler"));
    browser
        .findElement(
            By.cssSelector("button[aria-label='以“forms/employment-subsidy-review.form”新建修改稿']"))
        .click();
    waitFor(browser).until(ExpectedConditions.urlMatches(".*/modeler/drafts/\\d+$"));
    browser.findElement(By.linkText("employment-subsidy-review.form")).click();
    ready(browser);

    // then the form editor shows the form's fields
    assertThat(browser.findElement(By.cssSelector("[data-canvas]")).getText())
        .contains("审核决定", "审批意见");
    violations.put(
        "/modeler/drafts/{id}/files/{form}", AccessibilityScan.seriousViolations(browser));
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(violations.toString())
        .isTrue();
  }

  @Test
  void shouldGoFromASentenceToTheElementThatCitesItAndBack(WebDriver browser) {
    // given
    Map<String, List<String>> violations = new LinkedHashMap<>();
    SignIn.as(browser, url(""), "dpf-zhang");

    // when a member of staff reads item 1.4 in the clause index
    browser.get(url("/policy/clauses?item=1"));
    violations.put("/policy/clauses", AccessibilityScan.seriousViolations(browser));
    WebElement sentence = browser.findElement(By.id("item-1-4"));
    assertThat(sentence.findElement(By.tagName("blockquote")).getText()).startsWith("落实按比例就业扶持政策");
    WebElement review =
        sentence.findElement(
            By.xpath(".//a[contains(@class,'citation__element')][contains(., '市残联审核')]"));
    assertThat(review.findElement(By.xpath("..")).getText()).contains("已部署 版本", "仓库");

    // and follows the citation to the deployed process
    review.sendKeys(Keys.ENTER);
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modeler--ready")));
    assertThat(browser.getCurrentUrl())
        .contains("/modeler/deployed/processes/")
        .endsWith("?element=Task_ReviewApplication");
    WebElement panel = browser.findElement(By.cssSelector("[data-clause-panel]"));
    assertThat(panel.getText()).contains("item 1.4", "落实按比例就业扶持政策");
    violations.put(
        "/modeler/deployed/processes/{key}", AccessibilityScan.seriousViolations(browser));

    // then from the element back to its sentence
    panel.findElement(By.partialLinkText("item 1.4")).sendKeys(Keys.ENTER);
    waitFor(browser).until(ExpectedConditions.urlContains("/policy/clauses/1.4"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("item 1.4");
    violations.put("/policy/clauses/{n}", AccessibilityScan.seriousViolations(browser));
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(violations.toString())
        .isTrue();
  }

  @Test
  void shouldShowTheModelerInEnglishAndReadOnlyToAColleagueWithoutTheRole(WebDriver browser) {
    // given the lead office's director
    Map<String, List<String>> violations = new LinkedHashMap<>();
    SignIn.as(browser, url(""), "dpf-director");

    // when
    browser.get(url("/modeler?lang=en"));

    // then
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Modeler");
    assertThat(browser.findElement(By.cssSelector("main")).getText())
        .contains("You may look; only policy owners change and deploy.");
    assertThat(browser.findElements(By.cssSelector("form[action$='/modeler/drafts']"))).isEmpty();
    violations.put("/modeler (en)", AccessibilityScan.seriousViolations(browser));
    browser.get(url("/modeler/repository/employment-subsidy.bpmn"));
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modeler--ready")));
    assertThat(browser.findElement(By.cssSelector("a.bjs-powered-by")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("workflows/employment-subsidy.bpmn\nProcess · repository file");
    assertThat(browser.getTitle()).isEqualTo("workflows/employment-subsidy.bpmn – Tongxing");
    violations.put("/modeler/repository/{file} (en)", AccessibilityScan.seriousViolations(browser));
    browser.get(url("/modeler/drafts/999999999"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    violations.put("/modeler/drafts/{unknown} (en)", AccessibilityScan.seriousViolations(browser));
    browser.get(url("/policy/clauses"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Policy clause index");
    violations.put("/policy/clauses (en)", AccessibilityScan.seriousViolations(browser));
    assertThat(violations.values().stream().allMatch(List::isEmpty))
        .as(violations.toString())
        .isTrue();
  }

  private static void ready(WebDriver browser) {
    waitFor(browser)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modeler--ready")));
  }

  private static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, PATIENCE);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}

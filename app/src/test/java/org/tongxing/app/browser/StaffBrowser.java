package org.tongxing.app.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of staff at the browser: signs in and out, opens pages, and collects an accessibility
 * scan of every page visited, so a test can assert on all of them at the end.
 */
final class StaffBrowser {

  static final Duration PATIENCE = Duration.ofSeconds(15);

  private final WebDriver browser;
  private final int port;
  private final Map<String, List<String>> violations = new LinkedHashMap<>();

  StaffBrowser(WebDriver browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  WebDriver driver() {
    return browser;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void signIn(String username) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  void signOut() {
    browser.findElement(By.cssSelector("form.account__logout button")).click();
    waitFor().until(ExpectedConditions.urlContains("/login"));
  }

  void open(String path) {
    browser.get(url(path));
  }

  /** Runs axe on the page shown now and keeps what it found under the name. */
  void scan(String name) {
    violations.put(name, AccessibilityScan.seriousViolations(browser));
  }

  Map<String, List<String>> violations() {
    return violations;
  }

  boolean allPagesAccessible() {
    return violations.values().stream().allMatch(List::isEmpty);
  }

  /** The input a label names (form-js's or the server's form), by part of the label's text. */
  WebElement field(String label) {
    return field(browser, label);
  }

  static WebElement field(WebDriver browser, String label) {
    WebElement tag =
        browser.findElement(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
    return browser.findElement(By.id(tag.getDomAttribute("for")));
  }

  /** Waits until form-js has drawn the form in place of the server's fields. */
  void awaitFormJs() {
    waitFor()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".form-js-container--ready")));
  }

  WebElement find(String css) {
    return browser.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  WebDriverWait waitFor() {
    return new WebDriverWait(browser, PATIENCE);
  }
}

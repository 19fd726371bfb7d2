package org.tongxing.app.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs a demo user in (password {@code demo}) through the login page. */
public final class SignIn {

  private SignIn() {}

  public static void as(WebDriver browser, String baseUrl, String username) {
    browser.get(baseUrl + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlToBe(baseUrl + "/login")));
  }
}

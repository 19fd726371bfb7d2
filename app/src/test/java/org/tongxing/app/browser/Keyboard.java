package org.tongxing.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: moves the focus with Tab as a browser does, types into whatever has it,
 * and presses keys. A control that Tab never reaches fails the test, naming it.
 */
public final class Keyboard {

  /** More presses than any of our pages has stops. */
  private static final int MOST_TABS = 300;

  private final WebDriver browser;

  public Keyboard(WebDriver browser) {
    this.browser = browser;
  }

  /** Presses Tab until the element the selector names has the focus; that element. */
  public WebElement tabTo(String css) {
    WebElement target = browser.findElement(By.cssSelector(css));
    for (int presses = 0; presses < MOST_TABS; presses++) {
      if (target.equals(browser.switchTo().activeElement())) {
        return target;
      }
      press(Keys.TAB);
    }
    throw new AssertionError(
        "Expected Tab to reach "
            + css
            + " within "
            + MOST_TABS
            + " presses on "
            + browser.getCurrentUrl()
            + ", but the focus never got there");
  }

  /** Keys (text or {@link Keys}) to the element that has the focus. */
  public void press(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  /** Whether the focused element is drawn with a focus indicator (outline or shadow). */
  public boolean focusIsVisible() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const style = getComputedStyle(document.activeElement);"
                    + "return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)"
                    + " || style.boxShadow !== 'none';");
  }
}

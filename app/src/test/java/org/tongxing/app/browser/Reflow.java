package org.tongxing.app.browser;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The page as a zoomed-in browser shows it (WCAG 1.4.10 reflow): a 1280 px wide window at 200 %
 * zoom lays the page out 640 CSS px wide, at 400 % 320 CSS px, which Chromium's device metrics
 * emulation gives exactly (each CSS px drawn as 2 or 4 device pixels).
 */
public final class Reflow {

  /** A 1280 × 900 window at 200 % zoom. */
  public static final Zoom DOUBLE = new Zoom(640, 450, 2);

  /** A 1280 × 900 window at 400 % zoom: 320 CSS px wide. */
  public static final Zoom QUADRUPLE = new Zoom(320, 225, 4);

  public record Zoom(int cssWidth, int cssHeight, int scale) {
    @Override
    public String toString() {
      return cssWidth + " CSS px (" + scale * 100 + " %)";
    }
  }

  private Reflow() {}

  public static void zoom(WebDriver browser, Zoom zoom) {
    ((HasCdp) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width",
                zoom.cssWidth(),
                "height",
                zoom.cssHeight(),
                "deviceScaleFactor",
                zoom.scale(),
                "mobile",
                false));
  }

  /** The width the page is laid out in, CSS px. */
  public static long viewportWidth(WebDriver browser) {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.clientWidth;");
  }

  public static void reset(WebDriver browser) {
    ((HasCdp) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * Whether the page is wider than the window, so it must be scrolled sideways to be read (a table
   * scrolling inside its own region is allowed: data tables need two dimensions).
   */
  public static boolean scrollsSideways(WebDriver browser) {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
  }
}

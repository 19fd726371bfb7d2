package org.tongxing.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package the frontend build installs, MPL-2.0, test use only) in the page
 * the browser shows, against the WCAG 2.0–2.2 A and AA rules, and returns the violations of the
 * impacts that must never ship.
 */
public final class AccessibilityScan {

  private static final Path AXE =
      Path.of("src", "main", "frontend", "node_modules", "axe-core", "axe.min.js");

  private static final String RUN_AXE =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values:"
          + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
          + ".then(result => done(result.violations"
          + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
          + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
          + ".catch(error => done(['axe failed: ' + error]));";

  private static String axeSource;

  private AccessibilityScan() {}

  /** The serious and critical violations on the current page, one line each. */
  public static List<String> seriousViolations(WebDriver browser) {
    JavascriptExecutor page = (JavascriptExecutor) browser;
    page.executeScript(source());
    Object violations = page.executeAsyncScript(RUN_AXE);
    return ((List<?>) violations).stream().map(String::valueOf).collect(Collectors.toList());
  }

  private static synchronized String source() {
    if (axeSource == null) {
      try {
        axeSource = Files.readString(AXE);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Expected axe-core at " + AXE.toAbsolutePath() + " (installed by the frontend build)",
            e);
      }
    }
    return axeSource;
  }

  /** For assertion messages. */
  static String describe(Map<String, List<String>> violationsByPage) {
    return violationsByPage.entrySet().stream()
        .map(entry -> entry.getKey() + ":\n  " + String.join("\n  ", entry.getValue()))
        .collect(Collectors.joining("\n"));
  }
}

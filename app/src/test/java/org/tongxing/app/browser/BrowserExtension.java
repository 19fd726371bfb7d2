package org.tongxing.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Gives a test method a fresh headless Chromium ({@link WebDriver} parameter) with its own empty
 * profile, so cookies and language choices never leak between tests. The browser and the driver are
 * Debian's, named by path, so Selenium Manager has nothing to look up or download. When a test
 * fails, a screenshot goes to {@code target/browser-screenshots/}.
 *
 * <p>Use with {@code @EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")}.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

  private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WebDriver.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browser.class, key -> Browser.start(), Browser.class)
        .driver();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    if (browser != null && context.getExecutionException().isPresent()) {
      browser.screenshot(
          SCREENSHOTS.resolve(
              context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName()
                  + ".png"));
    }
    // the store closes the browser (it is a CloseableResource) when the test's context ends
  }

  /** One browser with its own profile folder; closing quits it and deletes the folder. */
  record Browser(WebDriver driver, Path profile)
      implements ExtensionContext.Store.CloseableResource {

    static Browser start() {
      if (!Chromium.isInstalled()) {
        throw new IllegalStateException(
            "Expected Chromium at "
                + Chromium.BROWSER
                + " and its driver at "
                + Chromium.DRIVER
                + ", but they are missing: apt-get install chromium chromium-driver");
      }
      Path profile;
      try {
        profile = Files.createTempDirectory("tongxing-chromium-");
      } catch (IOException e) {
        throw new UncheckedIOException("Expected a temporary folder for the browser profile", e);
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(Chromium.BROWSER.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--disable-extensions",
          "--no-first-run",
          "--no-default-browser-check",
          "--user-data-dir=" + profile.toAbsolutePath(),
          "--window-size=1280,900");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Chromium.DRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().window().setSize(new Dimension(1280, 900));
      return new Browser(driver, profile);
    }

    void screenshot(Path file) {
      try {
        Files.createDirectories(file.getParent());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        // a missing screenshot must not hide the test's own failure
      }
    }

    @Override
    public void close() {
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }

    private static void deleteQuietly(Path folder) {
      try (Stream<Path> paths = Files.walk(folder)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a left-over temp folder is harmless
      }
    }
  }
}

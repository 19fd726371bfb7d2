package org.tongxing.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Debian's Chromium and its driver live ({@code apt-get install chromium chromium-driver}).
 * Browser tests run only where both are installed; nothing is ever downloaded.
 */
public final class Chromium {

  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** For {@code @EnabledIf("org.tongxing.app.browser.Chromium#isInstalled")}. */
  public static boolean isInstalled() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }
}

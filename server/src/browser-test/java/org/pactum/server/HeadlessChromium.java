package org.pactum.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and chromedriver, headless, for the browser tests: the binaries from {@code
 * pactum.chromium} and {@code pactum.chromedriver} (default {@code /usr/bin}), the browser's console
 * kept so Content-Security-Policy violations can be read.
 */
final class HeadlessChromium {
  private HeadlessChromium() {}

  static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("pactum.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL); // CSP violations are console errors (SEVERE)
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("pactum.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return browser;
  }

  /**
   * The Content-Security-Policy violations the browser logged (console errors) since the last
   * call: "Applying inline style violates the following Content Security Policy directive…", or in
   * older versions "Refused to apply inline style because it violates…".
   */
  static List<String> cspViolations(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }
}

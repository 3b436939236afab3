package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The stewards' pages in a real headless Chromium (profile {@code browser}) on the demo server: from
 * the contract list to a contract's quality history, to today's broken run and its failed-row
 * sample. Screenshots go to {@code target/browser}.
 */
class UiBrowserIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static ChromeDriver browser;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    app =
        PactumTestServer.create(
            work.resolve("pg"),
            PactumTestServer.EXAMPLES,
            ConfigOverride.config("demo", "true"),
            ConfigOverride.config("datasources.warehouse.url", ""));
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("pactum.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("pactum.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.after();
    }
  }

  private static void screenshot(String name) throws Exception {
    Path dir = Path.of("target/browser");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aStewardFollowsTodaysFailureFromTheContractListToTheFailedRows() throws Exception {
    browser.get(url + "/ui/");
    assertThat(browser.getTitle()).isEqualTo("Contracts · Pactum");
    WebElement orders = browser.findElement(By.cssSelector("tr[data-contract='orders.order_placed']"));
    assertThat(orders.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("FAIL");
    screenshot("1-contracts");

    orders.findElement(By.linkText("orders.order_placed")).click();
    assertThat(browser.getTitle()).isEqualTo("orders.order_placed · Pactum");
    assertThat(browser.findElement(By.id("quality-heading")).getText()).isEqualTo("Quality history");
    WebElement notNull =
        browser.findElement(By.cssSelector("tr[data-check='not_null(customer_id)']"));
    List<WebElement> cells = notNull.findElements(By.cssSelector("td.cell"));
    assertThat(cells).hasSize(28);
    assertThat(cells.subList(0, 27))
        .allSatisfy(c -> assertThat(c.getAttribute("class")).contains("cell-pass"));
    WebElement today = cells.get(27);
    assertThat(today.getAttribute("class")).contains("cell-fail");
    assertThat(browser.findElements(By.cssSelector("svg.spark polyline"))).isNotEmpty();
    screenshot("2-contract");

    today.findElement(By.tagName("a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/ui/runs/demo-orders.order_placed-day-27");
    WebElement failing = browser.findElement(By.cssSelector("tr[data-check='not_null(customer_id)']"));
    assertThat(failing.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("FAIL");
    WebElement sample = failing.findElement(By.cssSelector("details.sample"));
    WebElement firstRow = sample.findElement(By.cssSelector("tbody tr"));
    assertThat(firstRow.isDisplayed()).isFalse(); // collapsed until asked for
    sample.findElement(By.tagName("summary")).click();
    assertThat(firstRow.isDisplayed()).isTrue();
    assertThat(sample.findElements(By.cssSelector("thead th")))
        .extracting(th -> th.getDomProperty("textContent"))
        .contains("order_id", "customer_id");
    screenshot("3-run");

    browser.findElement(By.linkText("orders.order_placed")).click();
    assertThat(browser.getTitle()).isEqualTo("orders.order_placed · Pactum");
  }
}

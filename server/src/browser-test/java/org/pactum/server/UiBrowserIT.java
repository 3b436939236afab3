package org.pactum.server;

import org.pactum.server.config.PactumConfiguration;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The stewards' pages in a real headless Chromium (profile {@code browser}) on the demo server: from
 * the contract list to a contract's quality history, to today's broken run and its failed-row
 * sample; from the contracts to the incidents, an incident's timeline and its contract's lineage.
 * Every page kind is loaded once more looking for Content-Security-Policy violations in the
 * browser's log, and no test may cause one. Screenshots go to {@code target/browser}.
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
    browser = HeadlessChromium.start();
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

  private static List<String> cspViolations() {
    return HeadlessChromium.cspViolations(browser);
  }

  @AfterEach
  void noPageViolatedTheContentSecurityPolicy() {
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  void everyPageLoadsWithoutAContentSecurityPolicyViolation() throws Exception {
    List<String> pages = DemoUiPages.all(url);
    for (String page : pages) {
      browser.get(url + page);
      assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed())
          .as(page)
          .isTrue();
      // the stylesheet applied: the page is styled by /ui/assets/pactum.css, not unstyled
      assertThat(browser.findElement(By.tagName("body")).getCssValue("margin"))
          .as(page)
          .isEqualTo("0px");
      assertThat(cspViolations()).as(page).isEmpty();
    }
  }

  @Test
  void anInlineStyleIsCaughtAsAViolation() throws Exception {
    browser.get(url + "/ui/");
    cspViolations();
    browser.executeScript(
        "document.querySelector('main').insertAdjacentHTML('beforeend',"
            + " '<p style=\"color: red\">inline</p>')");
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<String> seen = cspViolations();
    while (seen.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      seen = cspViolations();
    }
    // Chromium 156: "Applying inline style violates the following Content Security Policy
    // directive…"; older versions: "Refused to apply inline style because it violates…"
    assertThat(seen)
        .anySatisfy(
            m -> assertThat(m).contains("inline style").contains("Content Security Policy"));
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

  @Test
  void aStewardGoesFromTheContractsToAnIncidentAndOnToTheDatasetsLineage() throws Exception {
    browser.get(url + "/ui/");
    browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Incidents")).click();
    assertThat(browser.getTitle()).isEqualTo("Incidents · Pactum");
    assertThat(
            browser
                .findElement(By.cssSelector("header nav a[aria-current='page']"))
                .getText())
        .isEqualTo("Incidents");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.incidents tbody tr"));
    assertThat(rows).isNotEmpty();
    WebElement freshness =
        rows.stream()
            .filter(r -> r.getText().contains("freshness(loaded_at)"))
            .findFirst()
            .orElseThrow();
    assertThat(freshness.findElement(By.cssSelector(".incident-state")).getText())
        .isEqualTo("WARNING");
    screenshot("4-incidents");

    browser.findElement(By.linkText("Critical")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/ui/incidents?state=critical");
    assertThat(browser.findElements(By.cssSelector("table.incidents tbody tr"))).isEmpty();
    browser.findElement(By.linkText("Open")).click();
    freshness =
        browser.findElements(By.cssSelector("table.incidents tbody tr")).stream()
            .filter(r -> r.getText().contains("freshness(loaded_at)"))
            .findFirst()
            .orElseThrow();
    String id = freshness.getAttribute("data-incident");
    freshness.findElement(By.linkText("#" + id)).click();
    assertThat(browser.getTitle()).isEqualTo("Incident " + id + " · Pactum");
    assertThat(browser.findElement(By.id("timeline-heading")).getText()).isEqualTo("Timeline");
    assertThat(browser.findElements(By.cssSelector("table.timeline tbody tr")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("OK → WARNING"));
    assertThat(browser.findElements(By.cssSelector("table.notifications tbody tr[data-notification]")))
        .isNotEmpty();
    screenshot("5-incident");

    browser.findElement(By.cssSelector("dl.facts")).findElement(By.linkText("orders.order_placed")).click();
    assertThat(browser.getTitle()).isEqualTo("orders.order_placed · Pactum");
    browser.findElement(By.cssSelector("a.lineage-link")).click();
    assertThat(browser.getTitle()).isEqualTo("Lineage warehouse:public.orders · Pactum");
    assertThat(browser.findElements(By.cssSelector("ul.downstream li")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).startsWith("warehouse:mart.daily_revenue"));
    WebElement amount = browser.findElement(By.cssSelector("tr[data-column='amount']"));
    assertThat(amount.getText()).contains("warehouse:mart.daily_revenue.revenue AGGREGATION");
    screenshot("6-lineage");

    amount.findElement(By.partialLinkText("mart.daily_revenue")).click();
    assertThat(browser.getTitle()).isEqualTo("Lineage warehouse:mart.daily_revenue · Pactum");
    assertThat(browser.findElement(By.cssSelector("tr[data-column='revenue']")).getText())
        .contains("warehouse:public.orders.amount AGGREGATION");
  }

  /**
   * Waits until the browser is at a URL ending with {@code tail}: a form's GET submit may return
   * before the new page replaced the old one.
   */
  private static void awaitUrl(String tail) throws InterruptedException {
    for (int i = 0; i < 100 && !browser.getCurrentUrl().endsWith(tail); i++) {
      Thread.sleep(100);
    }
    assertThat(browser.getCurrentUrl()).endsWith(tail);
  }

  /** Publishes a contract document through the contract API, as CI does; its version number. */
  private static int publish(String yaml, Path schemas) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode body = json.createObjectNode();
    body.put("contract", yaml);
    body.put("path", "orders/order_placed.contract.yaml");
    body.putObject("files")
        .put("order_placed.avsc", Files.readString(schemas.resolve("order_placed.avsc")));
    HttpResponse<String> published =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/contracts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    return json.readTree(published.body()).get("version_no").asInt();
  }

  /** Runs a contract's checks through the API and waits for the run to finish; its id. */
  private static String runChecks(String contract) throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> accepted =
        http.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/runs"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"contract\": \""
                            + contract
                            + "\", \"params\": {\"since\": \"2000-01-01T00:00:00Z\"}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String runId = json.readTree(accepted.body()).get("run_id").asText();
    for (int i = 0; i < 600; i++) {
      String status =
          json.readTree(
                  http.send(
                          HttpRequest.newBuilder(URI.create(url + "/api/v1/runs/" + runId))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body())
              .path("status")
              .asText();
      if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
        return runId;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + runId + " did not finish");
  }

  @Test
  void aStewardFindsAContractPublishedFromCiReadsAVersionAndComparesTwoVersions()
      throws Exception {
    // a contract the server's folder does not have, published twice as CI would, then checked
    Path orders = PactumTestServer.EXAMPLES.resolve("orders");
    String v1 =
        Files.readString(orders.resolve("order_placed.contract.yaml"))
            .replace("id: orders.order_placed", "id: ci.orders");
    assertThat(publish(v1, orders)).isEqualTo(1);
    int latest =
        publish(
            v1.replace("version: 3.1.0", "version: 3.1.1")
                .replace(
                    "description: Orders placed on web and mobile checkout, one row per order.",
                    "description: Orders placed on web and mobile checkout; one row per order."),
            orders);
    assertThat(latest).isEqualTo(2);
    String runId = runChecks("ci.orders");

    browser.get(url + "/ui/");
    browser.findElement(By.cssSelector("tr[data-contract='ci.orders'] a.contract-id")).click();
    assertThat(browser.getTitle()).isEqualTo("ci.orders · Pactum");
    // its quality history: the run just made, one click away
    assertThat(browser.findElements(By.cssSelector("table.quality a[href='/ui/runs/" + runId + "']")))
        .isNotEmpty();
    assertThat(browser.findElement(By.id("versions-heading")).getText()).isEqualTo("Versions");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.versions tbody tr"));
    assertThat(rows.get(0).getAttribute("data-version")).isEqualTo(String.valueOf(latest));
    assertThat(rows.get(rows.size() - 1).getAttribute("data-version")).isEqualTo("1");
    screenshot("7-versions");

    rows.get(0).findElement(By.cssSelector("a.version-link")).click();
    assertThat(browser.getTitle()).isEqualTo("ci.orders v" + latest + " · Pactum");
    assertThat(browser.findElement(By.cssSelector("pre.source-text")).getText())
        .contains("version: 3.1.1")
        .contains("checkout; one row per order");
    screenshot("8-version");

    browser.findElement(By.linkText("back to the contract")).click();
    assertThat(browser.getTitle()).isEqualTo("ci.orders · Pactum");
    WebElement form = browser.findElement(By.cssSelector("form.diff-form"));
    form.findElement(By.cssSelector("select[name='from'] option[value='1']")).click();
    form.findElement(By.cssSelector("select[name='to'] option[value='" + latest + "']")).click();
    form.findElement(By.cssSelector("button[type='submit']")).click();
    awaitUrl("/ui/contracts/ci.orders/diff?from=1&to=" + latest);
    assertThat(browser.getCurrentUrl())
        .endsWith("/ui/contracts/ci.orders/diff?from=1&to=" + latest);
    WebElement change =
        browser.findElement(By.cssSelector("table.findings tr[data-rule='DESCRIPTION_CHANGED']"));
    assertThat(change.findElement(By.cssSelector(".severity")).getText()).isEqualToIgnoringCase("info");
    assertThat(browser.findElement(By.cssSelector(".diff-summary")).getText()).contains("info");
    screenshot("9-diff");

    browser
        .findElement(By.cssSelector("form.diff-form select[name='from'] option[value='" + latest + "']"))
        .click();
    browser.findElement(By.cssSelector("form.diff-form button[type='submit']")).click();
    awaitUrl("/ui/contracts/ci.orders/diff?from=" + latest + "&to=" + latest);
    assertThat(browser.findElement(By.cssSelector(".diff-summary")).getText())
        .startsWith("No differences");
  }
}

package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.OidcProvider;

/**
 * Signing in to the UI in a real headless Chromium, on a server that requires authentication: a
 * steward opens a page, is sent to the sign-in, signs in through the OpenID provider (a real one,
 * started in-process) and lands on the page asked for; the session's cookie is out of scripts'
 * reach; "Sign out" ends it. The demo's way in — an API token pasted into the sign-in page — works
 * the same. No page of the flow violates the Content-Security-Policy.
 */
class SignInBrowserIT {
  private static final String CLIENT = "pactum-ui";

  @TempDir static Path work;
  private static OidcProvider oidc;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static ChromeDriver browser;
  private static String url;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    oidc = OidcProvider.start();
    app =
        PactumTestServer.withOidcSignIn(work.resolve("pg"), oidc.issuer(), CLIENT);
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    token =
        PactumTestServer.createToken(app, "demo-admin", Role.ADMIN);
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
    if (oidc != null) {
      oidc.close();
    }
  }

  @BeforeEach
  void signedOut() {
    browser.get(url + "/ui/assets/pactum.css");
    browser.manage().deleteAllCookies();
    HeadlessChromium.cspViolations(browser);
  }

  @AfterEach
  void noPageViolatedTheContentSecurityPolicy() {
    assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
  }

  private static void screenshot(String name) throws Exception {
    Path dir = Path.of("target/browser");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aStewardSignsInThroughTheIssuerLandsOnTheirPageAndSignsOut() throws Exception {
    oidc.signInNext(
        "ana-subject",
        CLIENT,
        Map.of("preferred_username", "ana", "groups", List.of("data-stewards")));
    browser.get(url + "/ui/incidents");
    assertThat(browser.getCurrentUrl()).startsWith(url + "/ui/login?next=");
    assertThat(browser.getTitle()).isEqualTo("Sign in · Pactum");
    assertThat(browser.findElements(By.cssSelector("form.sign-out"))).isEmpty();
    screenshot("sign-in-1-page");

    browser.findElement(By.id("sign-in-oidc")).click();
    // through the provider's authorization endpoint and back through the callback
    assertThat(browser.getCurrentUrl()).isEqualTo(url + "/ui/incidents");
    assertThat(browser.getTitle()).isEqualTo("Incidents · Pactum");
    Cookie session = browser.manage().getCookieNamed("pactum_session");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat((String) browser.executeScript("return document.cookie"))
        .doesNotContain("pactum_session");
    assertThat(browser.manage().getCookieNamed("pactum_signin"))
        .as("the pending sign-in is forgotten once finished")
        .isNull();
    screenshot("sign-in-2-signed-in");

    browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Contracts")).click();
    assertThat(browser.getTitle()).isEqualTo("Contracts · Pactum");

    browser.findElement(By.cssSelector("form.sign-out button")).click();
    // the click returns before the form's navigation has finished on a busy machine
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!browser.getCurrentUrl().equals(url + "/ui/login") && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(browser.getCurrentUrl()).isEqualTo(url + "/ui/login");
    assertThat(browser.manage().getCookieNamed("pactum_session")).isNull();
    browser.get(url + "/ui/");
    assertThat(browser.getCurrentUrl()).startsWith(url + "/ui/login?next=");
  }

  @Test
  void theDemosAdminTokenSignsInOnTheSignInPage() throws Exception {
    browser.get(url + "/ui/contracts/orders.order_placed");
    browser.findElement(By.id("token")).sendKeys("pct_wrong");
    browser.findElement(By.cssSelector("form.sign-in-token button")).click();
    assertThat(browser.findElement(By.cssSelector(".sign-in-problem")).getText())
        .contains("was not accepted");

    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.cssSelector("form.sign-in-token button")).click();
    assertThat(browser.getCurrentUrl()).isEqualTo(url + "/ui/contracts/orders.order_placed");
    assertThat(browser.getTitle()).isEqualTo("orders.order_placed · Pactum");
    assertThat(browser.getPageSource()).doesNotContain(token);
    screenshot("sign-in-3-token");
  }
}

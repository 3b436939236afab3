package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/**
 * {@code pactum audit verify|list} against a server that requires authentication: verify exits 0 on
 * an intact chain and 1 naming the first broken link once a row was changed in the store; list
 * filters by principal and outcome and stops at its limit; a caller without a token, or whose role
 * may not read the trail, is refused with exit 2.
 */
class AuditCommandsIT {
  private static final Pattern SECRET = Pattern.compile("pct_[0-9A-Za-z]{49}");
  private static final AtomicInteger TOKENS = new AtomicInteger();

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;
  private static String admin;
  private static Jdbi store;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    Files.createDirectories(contracts);
    server = PactumTestServer.create(work.resolve("pg"), contracts, PactumTestServer.AUTH_REQUIRED);
    server.before();
    url = "http://localhost:" + server.getLocalPort();
    store = ((PactumApplication) server.getApplication()).jdbi();
    admin = PactumTestServer.createToken(server, "audit-admin", Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  @BeforeEach
  void someWrites() throws Exception {
    System.setProperty("PACTUM_TOKEN", admin);
    // one accepted write by the admin, one anonymous write refused
    String name = "audit-reader-" + TOKENS.incrementAndGet();
    assertThat(pactum("token", "create", "--name", name, "--role", "reader", "--server", url))
        .as(err.toString())
        .isZero();
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/silences"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @AfterEach
  void noTokenInTheEnvironment() {
    System.clearProperty("PACTUM_TOKEN");
  }

  private int pactum(String... args) {
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void verifyExits0OnAnIntactChainAnd1NamingTheFirstBrokenLink() {
    assertThat(pactum("audit", "verify", "--server", url)).as(out + "\n" + err).isZero();
    assertThat(out.toString())
        .containsPattern("audit trail intact: [1-9][0-9]* link\\(s\\) verified");

    String original =
        store.withHandle(
            h ->
                h.createQuery("select action from access.audit_event where seq = 1")
                    .mapTo(String.class)
                    .one());
    try {
      store.useHandle(
          h -> h.execute("update access.audit_event set action = 'GET /nothing' where seq = 1"));
      out.getBuffer().setLength(0);
      assertThat(pactum("audit", "verify", "--server", url)).isEqualTo(1);
      assertThat(out.toString())
          .contains(
              "audit trail BROKEN at link 1: the stored hash does not match the row's content");

      out.getBuffer().setLength(0);
      assertThat(pactum("audit", "verify", "--server", url, "--format", "json")).isEqualTo(1);
      assertThat(out.toString()).contains("\"intact\" : false").contains("\"first_broken\" : 1");
    } finally {
      store.useHandle(
          h ->
              h.createUpdate("update access.audit_event set action = :a where seq = 1")
                  .bind("a", original)
                  .execute());
    }
    out.getBuffer().setLength(0);
    assertThat(pactum("audit", "verify", "--server", url)).isZero();
  }

  @Test
  void listFiltersByPrincipalAndOutcomeAndStopsAtItsLimit() {
    assertThat(
            pactum(
                "audit",
                "list",
                "--server",
                url,
                "--principal",
                "token:audit-admin",
                "--outcome",
                "accepted"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("SEQ")
        .containsPattern("token:audit-admin +admin +201 +accepted +POST /api/v1/tokens")
        .doesNotContain("anonymous")
        .doesNotContain("pct_");

    out.getBuffer().setLength(0);
    assertThat(pactum("audit", "list", "--server", url, "--outcome", "refused")).isZero();
    assertThat(out.toString())
        .containsPattern("anonymous +none +401 +refused +POST /api/v1/silences")
        .doesNotContain("token:audit-admin");

    out.getBuffer().setLength(0);
    assertThat(pactum("audit", "list", "--server", url, "--limit", "1", "--format", "json"))
        .isZero();
    assertThat(out.toString().split("\"seq\"", -1)).hasSize(2);

    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(pactum("audit", "list", "--server", url, "--outcome", "maybe")).isEqualTo(2);
    assertThat(err.toString()).contains("outcome: expected accepted or refused");
  }

  @Test
  void withoutATokenOrWithAReadersTheTrailIsRefused() {
    System.clearProperty("PACTUM_TOKEN");
    assertThat(pactum("audit", "verify", "--server", url)).isEqualTo(2);
    assertThat(pactum("audit", "list", "--server", url)).isEqualTo(2);
    assertThat(err.toString().split("HTTP 401", -1)).hasSize(3);
    assertThat(err.toString()).contains("set PACTUM_TOKEN");

    assertThat(
            pactum(
                "token",
                "create",
                "--name",
                "audit-reader-x",
                "--role",
                "reader",
                "--server",
                url,
                "--token",
                admin))
        .as(err.toString())
        .isZero();
    Matcher m = SECRET.matcher(out.toString());
    assertThat(m.find()).isTrue();
    err.getBuffer().setLength(0);
    assertThat(pactum("audit", "verify", "--server", url, "--token", m.group())).isEqualTo(2);
    assertThat(err.toString()).contains("not allowed to read the audit trail").contains("HTTP 403");
  }
}

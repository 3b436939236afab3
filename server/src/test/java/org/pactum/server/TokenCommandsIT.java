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
import java.util.List;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/**
 * {@code pactum token create|list|revoke} and a publish against a server that requires
 * authentication: the CLI sends {@code $PACTUM_TOKEN} (or {@code --token}) as a bearer token, a
 * secret is printed once (by {@code token create}) and never in an error, and a missing or refused
 * token is reported as the 401 it is, with exit 2.
 */
class TokenCommandsIT {
  private static final Pattern SECRET = Pattern.compile("pct_[0-9A-Za-z]{49}");

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;
  private static String admin;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    Path contracts = work.resolve("contracts");
    Files.createDirectories(contracts);
    server = PactumTestServer.create(work.resolve("pg"), contracts, PactumTestServer.AUTH_REQUIRED);
    server.before();
    url = "http://localhost:" + server.getLocalPort();
    // the bootstrap an operator gets from `pactum demo`: an admin token made on the store
    admin = PactumTestServer.createToken(server, "cli-admin", Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
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

  /**
   * {@code $PACTUM_TOKEN} as the CLI reads it: picocli resolves {@code ${PACTUM_TOKEN}} from a
   * system property before the environment, which a test cannot set.
   */
  private static void exportToken(String secret) {
    System.setProperty("PACTUM_TOKEN", secret);
  }

  private Path orders() throws Exception {
    Path copy = dir.resolve("orders");
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES.resolve("orders"), copy);
    return copy;
  }

  @Test
  void anOperatorWithTheDatabaseMakesTheFirstAdminTokenWhichOpensTheApi() throws Exception {
    Jdbi jdbi = ((PactumApplication) server.getApplication()).jdbi();
    List<String> connection =
        jdbi.withHandle(
            h ->
                List.of(
                    h.getConnection().getMetaData().getURL(),
                    h.getConnection().getMetaData().getUserName()));
    Path config = dir.resolve("ops.yml");
    Files.writeString(
        config, "database:\n  url: " + connection.get(0) + "\n  user: " + connection.get(1) + "\n");
    int code =
        withoutTestServerOverrides(
            () ->
                pactum(
                    "db",
                    "admin-token",
                    config.toString(),
                    "--name",
                    "ops-admin",
                    "--expires",
                    "2h"));
    assertThat(code).as(out + "\n" + err).isZero();
    Matcher m = SECRET.matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    String secret = m.group();
    assertThat(out.toString()).contains("export PACTUM_TOKEN=").contains("valid until 20");

    exportToken(secret);
    out.getBuffer().setLength(0);
    assertThat(pactum("token", "list", "--server", url)).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("ops-admin +admin");
    HttpResponse<String> trail =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/audit?limit=200"))
                    .header("Authorization", "Bearer " + secret)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(trail.body()).contains("cli:db-admin-token").doesNotContain(secret);

    err.getBuffer().setLength(0);
    assertThat(
            withoutTestServerOverrides(
                () -> pactum("db", "admin-token", config.toString(), "--name", "ops-admin")))
        .isEqualTo(2);
    assertThat(err.toString()).contains("ops-admin exists");
    assertThat(pactum("db", "admin-token", config.toString(), "--expires", "400d")).isEqualTo(2);
  }

  /**
   * Runs a command that loads a configuration file without the {@code dw.*} system properties the
   * test server's overrides left in this JVM (a real operator's process has none).
   */
  private static int withoutTestServerOverrides(IntSupplier command) {
    Properties saved = new Properties();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("dw."))
        .forEach(k -> saved.setProperty(k, System.getProperty(k)));
    saved.stringPropertyNames().forEach(System::clearProperty);
    try {
      return command.getAsInt();
    } finally {
      saved.stringPropertyNames().forEach(k -> System.setProperty(k, saved.getProperty(k)));
    }
  }

  @Test
  void anAdminCreatesListsAndRevokesTokensWhoseSecretIsPrintedOnce() throws Exception {
    exportToken(admin);
    int created =
        pactum(
            "token",
            "create",
            "--name",
            "ci-checkout",
            "--role",
            "producer",
            "--team",
            "checkout",
            "--expires",
            "90d",
            "--server",
            url);
    assertThat(created).as(out + "\n" + err).isZero();
    Matcher m = SECRET.matcher(out.toString());
    assertThat(m.find()).as(out.toString()).isTrue();
    String secret = m.group();
    assertThat(m.find()).as("the secret is printed once").isFalse();
    assertThat(out.toString())
        .contains("created API token ci-checkout (role producer, teams checkout, expires 20")
        .contains("shown this once")
        .doesNotContain(admin);

    out.getBuffer().setLength(0);
    assertThat(pactum("token", "list", "--server", url)).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("NAME")
        .containsPattern("ci-checkout +producer +checkout +active")
        .containsPattern("cli-admin +admin +- +active +never")
        .doesNotContain("pct_");

    out.getBuffer().setLength(0);
    assertThat(pactum("token", "list", "--server", url, "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"name\" : \"ci-checkout\"").doesNotContain("pct_");

    // the new token works: it lists nothing (not an admin) but is authenticated
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(pactum("token", "list", "--server", url, "--token", secret)).isEqualTo(2);
    assertThat(err.toString()).contains("HTTP 403").doesNotContain(secret);

    out.getBuffer().setLength(0);
    assertThat(pactum("token", "revoke", "ci-checkout", "--server", url)).isZero();
    assertThat(out.toString()).contains("revoked API token ci-checkout");
    err.getBuffer().setLength(0);
    assertThat(pactum("token", "list", "--server", url, "--token", secret)).isEqualTo(2);
    assertThat(err.toString())
        .contains("was not accepted")
        .contains("HTTP 401")
        .doesNotContain(secret);

    // revoked once: no live token of that name
    err.getBuffer().setLength(0);
    assertThat(pactum("token", "revoke", "ci-checkout", "--server", url)).isEqualTo(2);
    assertThat(err.toString()).contains("ci-checkout");
  }

  @Test
  void publishSendsTheTokenFromTheEnvironmentOrTheOption() throws Exception {
    Path orders = orders();
    exportToken(admin);
    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url))
        .as(out + "\n" + err)
        .isZero();
    assertThat(out.toString()).contains("published as version 1");

    System.clearProperty("PACTUM_TOKEN");
    out.getBuffer().setLength(0);
    assertThat(
            pactum("contract", "publish", orders.toString(), "--registry", url, "--token", admin))
        .as(out + "\n" + err)
        .isZero();
    assertThat(out.toString()).contains("unchanged, version 1");
    assertThat(
            pactum(
                "contract", "status", "orders.order_placed", "--registry", url, "--token", admin))
        .isZero();
  }

  @Test
  void withoutATokenEveryServerCommandReports401AndHowToSendOne() throws Exception {
    Path orders = orders();
    assertThat(pactum("contract", "publish", orders.toString(), "--registry", url)).isEqualTo(2);
    assertThat(pactum("contract", "status", "orders.order_placed", "--registry", url)).isEqualTo(2);
    assertThat(pactum("token", "list", "--server", url)).isEqualTo(2);
    assertThat(pactum("erasure", "status", "no-such", "--server", url)).isEqualTo(2);
    String errors = err.toString();
    assertThat(errors.split("HTTP 401", -1)).hasSize(5);
    assertThat(errors.split("set PACTUM_TOKEN", -1)).hasSize(5);
    assertThat(errors).contains("authentication required");
    assertThat(out.toString()).doesNotContain("published");
  }

  @Test
  void aWrongTokenIsNeverEchoed() throws Exception {
    String wrong = "pct_" + "x".repeat(49);
    exportToken(wrong);
    assertThat(pactum("contract", "publish", orders().toString(), "--registry", url)).isEqualTo(2);
    assertThat(pactum("token", "create", "--name", "n", "--role", "reader", "--server", url))
        .isEqualTo(2);
    assertThat(err.toString()).contains("HTTP 401").contains("was not accepted");
    assertThat(out + err.toString()).doesNotContain(wrong).doesNotContain("x".repeat(20));
  }

  @Test
  void helpDoesNotShowTheTokenFromTheEnvironment() {
    exportToken(admin);
    assertThat(pactum("token", "create", "--help")).isZero();
    assertThat(pactum("contract", "publish", "--help")).isZero();
    assertThat(out.toString()).contains("--token").contains("$PACTUM_TOKEN").doesNotContain(admin);
  }
}

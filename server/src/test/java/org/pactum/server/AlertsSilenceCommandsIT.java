package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.cli.PactumCli;
import org.pactum.server.config.PactumConfiguration;
import picocli.CommandLine;

/** {@code pactum alerts silence add|list|expire} against the whole server. */
class AlertsSilenceCommandsIT {
  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> server;
  private static String url;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    server = PactumTestServer.create(work.resolve("pg"), PactumTestServer.EXAMPLES);
    server.before();
    url = "http://localhost:" + server.getLocalPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.after();
    }
  }

  @BeforeEach
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  private int pactum(String... args) {
    CommandLine cli = PactumCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }

  private static String idOf(String table) {
    // the row under the header: ID first
    return table.lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
  }

  private String row(String id) {
    return out.toString().lines().filter(l -> l.startsWith(id + " ")).findFirst().orElse("");
  }

  @Test
  void addListAndExpireASilence() {
    int added =
        pactum(
            "alerts",
            "silence",
            "add",
            "--matcher",
            "contract=orders.*",
            "--matcher",
            "severity=critical",
            "--duration",
            "2h",
            "--comment",
            "backfill of orders",
            "--by",
            "ana",
            "--server",
            url);
    assertThat(added).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("ID ")
        .contains("active")
        .contains("contract=orders.* severity=critical")
        .contains("ana")
        .contains("backfill of orders");
    String id = idOf(out.toString());
    assertThat(id).matches("[0-9]+");

    clear();
    assertThat(pactum("alerts", "silence", "list", "--server", url)).isZero();
    assertThat(row(id)).contains("active").contains("backfill of orders");

    clear();
    assertThat(pactum("alerts", "silence", "expire", id, "--server", url))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("expired silence " + id);

    clear();
    assertThat(pactum("alerts", "silence", "list", "--server", url)).isZero();
    assertThat(row(id)).isEmpty();
    assertThat(pactum("alerts", "silence", "list", "--all", "--server", url)).isZero();
    assertThat(row(id)).contains("expired");
  }

  @Test
  void untilSetsTheEnd() {
    Instant until = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "team=checkout",
                "-m",
                "tag=pii",
                "--until",
                until.toString(),
                "--comment",
                "maintenance",
                "--server",
                url))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains(until.toString()).contains("team=checkout tags=pii");
  }

  @Test
  void theServersRefusalIsPrintedWithExit2AndNoStackTrace() {
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "severity=loud",
                "--duration",
                "1h",
                "--comment",
                "x",
                "--server",
                url))
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith("pactum: ")
        .contains("severity")
        .contains("(HTTP 422)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");

    clear();
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "team=x",
                "--duration",
                "soon",
                "--comment",
                "x",
                "--server",
                url))
        .isEqualTo(2);
    assertThat(err.toString()).contains("duration must look like 30m, 2h or 1d");

    clear();
    assertThat(pactum("alerts", "silence", "expire", "424242", "--server", url)).isEqualTo(2);
    assertThat(err.toString()).contains("no silence 424242").contains("(HTTP 404)");
  }

  @Test
  void badInputIsRefusedBeforeCallingTheServer() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    String nowhere = "http://localhost:" + closedPort;
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "owner=x",
                "--duration",
                "1h",
                "--comment",
                "x",
                "--server",
                nowhere))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--matcher key must be contract, check, team");
    clear();
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "team=x",
                "--until",
                "tomorrow",
                "--comment",
                "x",
                "--server",
                nowhere))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--until must be an ISO-8601 time");
    clear();
    assertThat(
            pactum(
                "alerts",
                "silence",
                "add",
                "-m",
                "team=x",
                "--duration",
                "1h",
                "--until",
                "2030-01-01T00:00:00Z",
                "--comment",
                "x",
                "--server",
                nowhere))
        .isEqualTo(2);
    assertThat(err.toString()).contains("mutually exclusive");
    clear();
    assertThat(pactum("alerts", "silence", "list", "--server", nowhere)).isEqualTo(2);
    assertThat(err.toString()).contains("cannot reach the Pactum server at " + nowhere);
  }
}

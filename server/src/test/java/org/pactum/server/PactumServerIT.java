package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;

/**
 * The whole server, end to end: the built-in configuration, an embedded PostgreSQL in a temporary
 * folder, migrations at start-up, the example contracts, the UI, health checks, and a restart.
 */
class PactumServerIT {
  private static final Path EXAMPLES =
      Path.of("../contracts/examples").toAbsolutePath().normalize();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path work;

  private DropwizardTestSupport<PactumConfiguration> server(Path pgData, Path contracts) {
    return new DropwizardTestSupport<>(
        PactumApplication.class,
        PactumSourceProvider.DEFAULT,
        new SubstitutingSourceProvider(
            new PactumSourceProvider(), new EnvironmentVariableSubstitutor(false)),
        ConfigOverride.config("server.applicationConnectors[0].port", "0"),
        ConfigOverride.config("server.adminConnectors[0].port", "0"),
        ConfigOverride.config("database.url", ""),
        ConfigOverride.config("database.embedded.dataDirectory", pgData.toString()),
        ConfigOverride.config("contracts.paths", contracts.toString()),
        ConfigOverride.config("logging.level", "WARN")) {
      @Override
      public Application<PactumConfiguration> newApplication() {
        return new PactumApplication(PactumHome.fromEnvironment(java.util.Map.of()), port -> {});
      }
    };
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  void bootsOnEmbeddedPostgresServesTheContractListAndKeepsDataAcrossARestart() throws Exception {
    Path pgData = work.resolve("pg");
    Path contracts = work.resolve("contracts");
    copyTree(EXAMPLES, contracts);

    DropwizardTestSupport<PactumConfiguration> first = server(pgData, contracts);
    first.before();
    try {
      int port = first.getLocalPort();
      HttpResponse<String> page = get(port, "/ui/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("content-type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
      assertThat(page.body())
          .contains("orders.order_placed", "payments.payment", "crm.customer")
          .contains("3 contracts loaded")
          .doesNotContain("Problems (");

      assertThat(get(port, "/").statusCode()).isEqualTo(303);
      HttpResponse<String> css = get(port, "/ui/assets/pactum.css");
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.body()).contains("--accent");

      HttpResponse<String> health = get(first.getAdminPort(), "/healthcheck");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body())
          .contains("\"migrations\"")
          .contains("\"pactum\"")
          .doesNotContain("\"healthy\":false");

      assertThat(catalogVersions(first))
          .containsExactly("crm.customer:1", "orders.order_placed:1", "payments.payment:1");
    } finally {
      first.after();
    }

    // Edit one contract while the server is down: the restart keeps the old versions and adds one.
    Path orders = contracts.resolve("orders/order_placed.contract.yaml");
    Files.writeString(
        orders,
        Files.readString(orders)
            .replaceFirst(
                "(?m)^description: .*$",
                "description: Orders placed on web, mobile and kiosk checkout."));

    DropwizardTestSupport<PactumConfiguration> second = server(pgData, contracts);
    second.before();
    try {
      assertThat(catalogVersions(second))
          .containsExactly("crm.customer:1", "orders.order_placed:2", "payments.payment:1");
      assertThat(get(second.getLocalPort(), "/ui/").body()).contains("kiosk checkout");
    } finally {
      second.after();
    }
  }

  @Test
  void aBrokenContractIsShownAsAProblemAndTheOthersStillLoad() throws Exception {
    Path contracts = work.resolve("contracts");
    copyTree(EXAMPLES, contracts);
    Path broken = contracts.resolve("orders/order_placed.contract.yaml");
    Files.writeString(broken, Files.readString(broken).replaceFirst("(?m)^owner:", "ownr:"));

    DropwizardTestSupport<PactumConfiguration> app = server(work.resolve("pg"), contracts);
    app.before();
    try {
      String page = get(app.getLocalPort(), "/ui/").body();
      assertThat(page).contains("payments.payment", "crm.customer").contains("Problems (");
      assertThat(page).contains("order_placed.contract.yaml:").contains("ownr");
    } finally {
      app.after();
    }
  }

  /** contract:version for the latest version of every contract, read straight from the store. */
  private static java.util.List<String> catalogVersions(
      DropwizardTestSupport<PactumConfiguration> app) throws Exception {
    PactumConfiguration config = app.getConfiguration();
    Path data = Path.of(config.getDatabase().getEmbedded().getDataDirectory());
    String url = "jdbc:postgresql://localhost:" + embeddedPort(data) + "/pactum";
    java.util.List<String> rows = new java.util.ArrayList<>();
    try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select contract_id || ':' || max(version_no) from registry.contract_version group by contract_id order by contract_id")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** The port the running embedded PostgreSQL listens on, from its postmaster.pid (line 4). */
  private static int embeddedPort(Path data) throws IOException {
    return Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());
  }
}

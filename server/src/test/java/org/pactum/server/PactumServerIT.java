package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;

/**
 * The whole server, end to end: the built-in configuration, an embedded PostgreSQL in a temporary
 * folder, migrations at start-up, the example contracts, the UI, health checks, and a restart.
 */
class PactumServerIT {
  private static final Path EXAMPLES =
      Path.of("../contracts/examples").toAbsolutePath().normalize();
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path work;

  private static DropwizardTestSupport<PactumConfiguration> server(Path pgData, Path contracts) {
    return PactumTestServer.create(pgData, contracts);
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bootsOnEmbeddedPostgresServesTheContractListAndKeepsDataAcrossARestart() throws Exception {
    Path pgData = work.resolve("pg");
    Path contracts = work.resolve("contracts");
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES, contracts);

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
          .contains("3 contracts in the catalog")
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

      // The servlet fast path for schemas by id writes what Jersey writes (a query string makes
      // the fast path hand the request on to the resource).
      HttpResponse<String> fast = get(port, "/schemas/ids/1");
      HttpResponse<String> jersey = get(port, "/schemas/ids/1?unused=1");
      assertThat(fast.statusCode()).isEqualTo(200);
      assertThat(fast.body()).contains("\"schema\"").isEqualTo(jersey.body());
      assertThat(fast.headers().firstValue("content-type"))
          .isEqualTo(jersey.headers().firstValue("content-type"));
      assertThat(get(port, "/schemas/ids/424242").body()).contains("\"error_code\":40403");
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
    PactumTestServer.copyTree(PactumTestServer.EXAMPLES, contracts);
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

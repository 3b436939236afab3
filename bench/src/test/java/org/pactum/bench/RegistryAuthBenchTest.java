package org.pactum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RegistryAuthBench}'s plumbing (no timing): headers, round order, the store copy, the
 * report.
 */
class RegistryAuthBenchTest {

  @Test
  void basicCarriesTheTokensNameAndSecretAndBearerTheSecret() {
    String basic = AuthHeaders.basic("bench-reader", "pct_secret");

    assertThat(basic).startsWith("Basic ");
    assertThat(new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8))
        .isEqualTo("bench-reader:pct_secret");
    assertThat(AuthHeaders.bearer("pct_secret")).isEqualTo("Bearer pct_secret");
  }

  @Test
  void everyRequestOfAConnectionSendsItsAuthorizationAndNoneWithout() throws IOException {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          byte[] ok = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, ok.length);
          exchange.getResponseBody().write(ok);
          exchange.close();
        });
    server.start();
    int port = server.getAddress().getPort();
    try {
      try (HttpConnection c = new HttpConnection("127.0.0.1", port, "Bearer pct_x")) {
        assertThat(c.get("/schemas/ids/1")).isEqualTo(200);
        assertThat(c.get("/schemas/ids/2")).isEqualTo(200);
      }
      try (HttpConnection c = new HttpConnection("127.0.0.1", port)) {
        assertThat(c.get("/schemas/ids/1")).isEqualTo(200);
      }
    } finally {
      server.stop(0);
    }
    assertThat(seen).containsExactly("Bearer pct_x", "Bearer pct_x", "null");
  }

  @Test
  void everyRoundMeasuresEverySideAndEveryOtherRoundInTheReverseOrder() {
    assertThat(RegistryAuthBench.roundOrder(1)).containsExactly("off", "Bearer", "Basic");
    assertThat(RegistryAuthBench.roundOrder(2)).containsExactly("Basic", "Bearer", "off");
    assertThat(RegistryAuthBench.roundOrder(3)).isEqualTo(RegistryAuthBench.roundOrder(1));
  }

  @Test
  void aStoreIsCopiedWholeIntoAnotherFolder(@TempDir Path dir) throws IOException {
    Path from = Files.createDirectories(dir.resolve("a/pg/base/1"));
    Files.writeString(from.resolve("16384"), "rows");
    Files.writeString(dir.resolve("a/pg/PG_VERSION"), "16");

    TempDirs.copyTree(dir.resolve("a/pg"), dir.resolve("b/pg"));

    assertThat(dir.resolve("b/pg/base/1/16384")).hasContent("rows");
    assertThat(dir.resolve("b/pg/PG_VERSION")).hasContent("16");
  }

  @Test
  void theReportGivesEachWayItsRatioPerRoundAndTheVerdict() {
    LoadRow row = new LoadRow("by id, auth off r1", 100_000, 0, 10, 1, 2, 3, 1.5, 0.4, "1.00");
    String text =
        RegistryAuthReport.text(
            32,
            300,
            List.of(row),
            List.of(
                new AuthCost("Bearer", List.of(10_000.0), List.of(9_700.0)),
                new AuthCost("Basic", List.of(10_000.0), List.of(8_000.0))));

    assertThat(text)
        .contains("by id, auth off r1")
        .contains(
            "auth on (Bearer) / off: 9,700 / 10,000 req/s = 0.970 (per round: 0.970);"
                + " target ≥ 0.90: MET")
        .contains(
            "auth on (Basic) / off: 8,000 / 10,000 req/s = 0.800 (per round: 0.800);"
                + " target ≥ 0.90: MISSED");
  }
}

package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.PactumApplication;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pactum demo}: the server on the embedded PostgreSQL with the example contracts, whatever
 * database or contracts the environment names.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start Pactum on its embedded PostgreSQL with the example contracts loaded, and print the"
          + " URL to open.",
      "Data lives in ~/.pactum/pg (PACTUM_PG_DATA); the port is 8080 (PACTUM_PORT).",
      "Authentication is required: the first start creates the admin API token demo-admin and"
          + " prints `export PACTUM_TOKEN=…` (shown once; only its hash is stored)."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--new-token",
      description =
          "Revoke the demo-admin token and print a new one (when its secret is lost; it is shown"
              + " only when created).")
  boolean newToken;

  @Override
  public Integer call() throws Exception {
    System.setProperty("dw.database.url", "");
    System.setProperty("dw.contracts.paths", "contracts/examples");
    System.setProperty("dw.datasources.warehouse.url", "");
    System.setProperty("dw.demo", "true");
    System.setProperty("dw.streams.bootstrapServers", ""); // the demo starts its own Kafka node
    PactumHome home = PactumHome.fromEnvironment(System.getenv());
    return Serving.run(
        new PactumApplication(
            home,
            port ->
                System.out.printf(
                    "%nPactum demo is running on the embedded PostgreSQL with the example"
                        + " contracts.%n  Open http://localhost:%d/ui/%n  Stop with Ctrl-C.%n%n",
                    port),
            System.out::println,
            newToken),
        PactumSourceProvider.DEFAULT);
  }
}

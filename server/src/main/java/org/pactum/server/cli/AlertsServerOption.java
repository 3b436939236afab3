package org.pactum.server.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** The {@code --server} option of {@code pactum alerts …} commands that call a running server. */
final class AlertsServerOption {
  @Option(
      names = "--server",
      paramLabel = "URL",
      defaultValue = "${PACTUM_URL:-http://localhost:8080}",
      description = "The Pactum server (default: $PACTUM_URL or ${DEFAULT-VALUE}).")
  URI server;

  PactumServerClient client() {
    return new PactumServerClient(server);
  }
}

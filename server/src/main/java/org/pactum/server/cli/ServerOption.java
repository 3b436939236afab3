package org.pactum.server.cli;

import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --server} and {@code --token} options of every command that calls a running Pactum
 * server (a picocli mixin), and the client for it.
 */
final class ServerOption {
  @Option(
      names = "--server",
      paramLabel = "URL",
      defaultValue = "${PACTUM_URL:-http://localhost:8080}",
      description = "The Pactum server (default: $PACTUM_URL or ${DEFAULT-VALUE}).")
  URI server;

  @Mixin TokenOption token;

  PactumServerClient client() {
    return new PactumServerClient(server, token.value());
  }
}

package org.pactum.server.cli;

import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --registry}, {@code --token} and {@code --format} options of {@code pactum contract
 * status|retire} (a picocli mixin): the server, as {@code contract publish} names it, and how
 * answers are printed.
 */
final class ContractServerOptions {
  /** How answers are printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--registry",
      required = true,
      paramLabel = "URL",
      description = "The Pactum server, e.g. http://localhost:8080.")
  URI registry;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (the server's answer as is). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin TokenOption token;

  /**
   * @throws IllegalArgumentException when {@code --registry} is not an http(s) URL
   */
  ContractRegistryClient client() {
    return ContractRegistryClient.of(registry, token.value());
  }

  boolean json() {
    return format == Format.JSON;
  }
}

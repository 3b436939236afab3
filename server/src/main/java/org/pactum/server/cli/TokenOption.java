package org.pactum.server.cli;

import picocli.CommandLine.Help;
import picocli.CommandLine.Option;

/**
 * The {@code --token} option of every command that calls a running Pactum server (a picocli mixin):
 * the API token sent as {@code Authorization: Bearer}, {@code $PACTUM_TOKEN} by default. Its value
 * is never shown, not even as the default in help.
 */
final class TokenOption {
  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${PACTUM_TOKEN}",
      showDefaultValue = Help.Visibility.NEVER,
      description =
          "The API token to send (default: $PACTUM_TOKEN). Prefer the variable: a command line"
              + " is visible to other users of the machine.")
  String token;

  ServerToken value() {
    return ServerToken.of(token);
  }
}

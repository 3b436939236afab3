package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum token revoke NAME}: the token authenticates nothing from now on. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = {
      "Revoke an API token (DELETE /api/v1/tokens/{name}): it authenticates nothing from now on.",
      "Exit 0 when revoked, 2 when no live token has that name, when refused, on bad usage or an"
          + " unreachable server."
    })
final class TokenRevokeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AdminServer server;

  @Parameters(paramLabel = "NAME", description = "The token's name.")
  String name;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode revoked;
    try {
      revoked =
          server.send(
              "DELETE", "/api/v1/tokens/" + ContractRegistryClient.segment(name), null, 200);
    } catch (PactumServerClient.Failure e) {
      spec.commandLine().getErr().println("pactum: " + CliText.printable(e.getMessage()));
      return ExitCodes.INPUT_ERROR;
    }
    if (server.json()) {
      out.println(CliText.prettyJson(revoked));
    } else {
      out.println(
          "revoked API token "
              + CliText.printable(revoked.path("name").asText())
              + " ("
              + TokenPrinter.describe(revoked)
              + ")");
    }
    out.flush();
    return ExitCodes.OK;
  }
}

package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum token list}: the API tokens by name, never a secret ({@code GET /api/v1/tokens}).
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the API tokens by name (GET /api/v1/tokens): role, teams, state, expiry, last use."
          + " Secrets are never shown.",
      "Exit 0 when listed, 2 when refused, on bad usage or an unreachable server."
    })
final class TokenListCommand implements Callable<Integer> {
  /** Tokens asked for a page. */
  static final int PAGE = 500;

  @Spec CommandSpec spec;

  @Mixin AdminServer server;

  @Option(names = "--revoked", description = "List revoked tokens too.")
  boolean revoked;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode tokens = PactumServerClient.JSON.createArrayNode();
    try {
      String next = null;
      do {
        String path =
            "/api/v1/tokens?limit="
                + PAGE
                + (revoked ? "&revoked=true" : "")
                + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        JsonNode page = server.send("GET", path, null, 200);
        page.path("tokens").forEach(tokens::add);
        next = page.path("next").isTextual() ? page.path("next").asText() : null;
      } while (next != null);
    } catch (PactumServerClient.Failure e) {
      spec.commandLine().getErr().println("pactum: " + CliText.printable(e.getMessage()));
      return ExitCodes.INPUT_ERROR;
    }
    if (server.json()) {
      ObjectNode all = PactumServerClient.JSON.createObjectNode();
      all.set("tokens", tokens);
      out.println(CliText.prettyJson(all));
    } else {
      TokenPrinter.table(tokens, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}

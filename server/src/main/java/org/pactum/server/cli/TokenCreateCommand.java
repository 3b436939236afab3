package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum token create --name N --role R [--team T]… [--expires 90d]}: creates an API token
 * and prints its secret, the one time it is shown ({@code POST /api/v1/tokens}).
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create an API token (POST /api/v1/tokens) and print its secret: the only time it is shown;"
          + " the server keeps only its hash.",
      "Exit 0 when created, 2 when refused (not an admin, the name is taken, a bad role), on bad"
          + " usage or an unreachable server."
    })
final class TokenCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AdminServer server;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "The token's name: letters, digits, '.', '_', '-' (e.g. ci-main).")
  String name;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "admin, steward, producer, privacy, ci or reader.")
  String role;

  @Option(
      names = "--team",
      paramLabel = "TEAM",
      description = "A team a producer token acts for (repeat for several; a producer needs one).")
  List<String> teams = new ArrayList<>();

  @Option(
      names = "--expires",
      paramLabel = "DURATION",
      description = "How long it lasts, e.g. 90d or 12h (default: until revoked).")
  String expires;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode body = PactumServerClient.JSON.createObjectNode();
    body.put("name", name);
    body.put("role", role);
    ArrayNode t = body.putArray("teams");
    teams.forEach(t::add);
    if (expires != null) {
      body.put("expires_in", expires);
    }
    JsonNode created;
    try {
      created = server.send("POST", "/api/v1/tokens", body, 201);
    } catch (PactumServerClient.Failure e) {
      spec.commandLine().getErr().println("pactum: " + CliText.printable(e.getMessage()));
      return ExitCodes.INPUT_ERROR;
    }
    if (server.json()) {
      out.println(CliText.prettyJson(created));
    } else {
      out.println(
          "created API token "
              + CliText.printable(created.path("name").asText())
              + " ("
              + TokenPrinter.describe(created)
              + ")");
      out.println("its secret, shown this once (the server keeps only its hash):");
      out.println();
      out.println("  " + created.path("secret").asText());
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }
}

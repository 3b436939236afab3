package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pactum audit verify}: the server re-walks the audit chain ({@code GET
 * /api/v1/audit/verify}); exit 1 names the first broken link.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-walk the whole audit trail of writes (access.audit_event) from its first link"
          + " (GET /api/v1/audit/verify).",
      "Exit 0 when intact, 1 when a link is broken (it names the first), 2 when refused, on bad"
          + " usage or an unreachable server."
    })
final class AuditVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AdminServer server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode check;
    try {
      check = server.send("GET", "/api/v1/audit/verify", null, 200);
    } catch (PactumServerClient.Failure e) {
      spec.commandLine().getErr().println("pactum: " + CliText.printable(e.getMessage()));
      return ExitCodes.INPUT_ERROR;
    }
    boolean intact = check.path("intact").asBoolean(false);
    if (server.json()) {
      out.println(CliText.prettyJson(check));
    } else if (intact) {
      out.printf("audit trail intact: %d link(s) verified%n", check.path("checked").asLong());
    } else {
      out.printf(
          "audit trail BROKEN at link %d: %s (%d link(s) read)%n",
          check.path("first_broken").asLong(),
          CliText.printable(check.path("problem").asText()),
          check.path("checked").asLong());
    }
    out.flush();
    return intact ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}

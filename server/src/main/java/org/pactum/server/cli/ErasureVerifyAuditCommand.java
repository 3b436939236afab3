package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pactum erasure verify-audit}: re-walks the audit chain; exit 1 names the broken link. */
@Command(
    name = "verify-audit",
    mixinStandardHelpOptions = true,
    description = {
      "Re-walk the whole erasure audit chain (privacy.audit_event) from its first link.",
      "Exit 0 when intact, 1 when a link is broken (it names the first), 2 on an error."
    })
final class ErasureVerifyAuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ErasureServer server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try {
      JsonNode v = server.get("/api/v1/erasure-audit");
      boolean valid = v.path("valid").asBoolean();
      if (server.format == ErasureServer.Format.JSON) {
        out.println(v);
      } else if (valid) {
        out.printf("audit chain intact: %d event(s) verified%n", v.path("events").asLong());
      } else {
        out.printf(
            "audit chain BROKEN at event %d: %s%n",
            v.path("first_broken_seq").asLong(), v.path("problem").asText());
      }
      out.flush();
      return valid ? ExitCodes.OK : ExitCodes.PROBLEMS;
    } catch (ErasureServer.Failure e) {
      spec.commandLine().getErr().println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }
}

package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum erasure status ID}: exit 0 when COMPLETED, 1 otherwise, 2 on an error. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show an erasure request's status and each dataset's outcome.",
      "Exit 0 when COMPLETED, 1 when not (yet), 2 on an error."
    })
final class ErasureStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ErasureServer server;

  @Parameters(paramLabel = "ID", description = "The request id.")
  String requestId;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try {
      JsonNode r = server.get("/api/v1/erasure-requests/" + requestId);
      if (server.format == ErasureServer.Format.JSON) {
        out.println(r);
      } else {
        ErasurePrinter.request(r, out, false);
      }
      out.flush();
      return r.path("status").asText().equals("COMPLETED") ? ExitCodes.OK : ExitCodes.PROBLEMS;
    } catch (ErasureServer.Failure e) {
      spec.commandLine().getErr().println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }
}

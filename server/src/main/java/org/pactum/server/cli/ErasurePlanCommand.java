package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum erasure plan ID}: the request's plan: datasets, actions per column, gaps. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Show an erasure request's plan: datasets, key and action per column, and gaps.")
final class ErasurePlanCommand implements Callable<Integer> {
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
        ErasurePrinter.request(r, out, true);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (ErasureServer.Failure e) {
      spec.commandLine().getErr().println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }
}

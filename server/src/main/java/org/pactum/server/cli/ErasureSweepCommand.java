package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pactum erasure sweep}: re-checks completed erasures now; exit 1 on a reappearance. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Re-check every completed request's datasets for the erased subjects' data coming back.",
      "Exit 0 when none came back, 1 when some did (or a dataset could not be checked), 2 on an"
          + " error."
    })
final class ErasureSweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ErasureServer server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try {
      JsonNode r = server.post("/api/v1/erasure-sweeps", null, 200);
      boolean problems = false;
      for (JsonNode f : r.path("findings")) {
        problems = true;
        if (server.format == ErasureServer.Format.TEXT) {
          out.printf(
              "%s %s:%s %s%n",
              f.path("request_id").asText(),
              f.path("datasource").asText(),
              f.path("table").asText(),
              f.hasNonNull("error")
                  ? "NOT CHECKED: " + f.path("error").asText()
                  : f.path("rows").asLong() + " row(s) of the erased subject came back");
        }
      }
      if (server.format == ErasureServer.Format.JSON) {
        out.println(r);
      } else {
        out.printf(
            "sweep %s: %d dataset(s) checked, %d reappearance(s)%n",
            r.path("sweep_id").asText(),
            r.path("datasets_checked").asInt(),
            r.path("reappearances").asInt());
      }
      out.flush();
      return problems ? ExitCodes.PROBLEMS : ExitCodes.OK;
    } catch (ErasureServer.Failure e) {
      spec.commandLine().getErr().println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }
}

package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pactum stream …}: contracts enforced on Kafka. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description = "Contracts enforced on Kafka at ingestion.",
    subcommands = {StreamRunCommand.class, StreamCommand.Status.class})
final class StreamCommand {

  /**
   * {@code pactum stream status [--contract ID]}: each binding's validator as the server runs it,
   * its lag and its last window; exit 0 when every stream is running and its last window passed, 1
   * otherwise, 2 on an error.
   */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Show each bound contract's stream: its validator's state, lag and last window.",
        "Exit 0 when every stream runs and its last window passed (or warned), 1 when not, 2 on an"
            + " error."
      })
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ErasureServer server;

    @Option(
        names = "--contract",
        paramLabel = "ID",
        description = "Only this contract's stream, with its recent windows.")
    String contract;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try {
        JsonNode r =
            contract == null
                ? server.get("/api/v1/streams?limit=200")
                : server.get("/api/v1/streams/" + contract + "?windows=10");
        if (server.format == ErasureServer.Format.JSON) {
          out.println(r);
          out.flush();
          return healthy(r) ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
        if (contract == null && !r.path("enabled").asBoolean()) {
          out.println("No Kafka cluster is configured on the server (streams.bootstrapServers).");
          out.flush();
          return ExitCodes.PROBLEMS;
        }
        Iterable<JsonNode> streams = contract == null ? r.path("streams") : List.of(r);
        for (JsonNode s : streams) {
          print(s, out);
        }
        if (contract == null && r.path("streams").isEmpty()) {
          out.println("No contract in force declares a kafka binding.");
        }
        out.flush();
        return healthy(r) ? ExitCodes.OK : ExitCodes.PROBLEMS;
      } catch (ErasureServer.Failure e) {
        spec.commandLine().getErr().println("pactum: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
    }

    private static void print(JsonNode s, PrintWriter out) {
      JsonNode w = s.path("last_window");
      out.printf(
          "%-28s %-8s lag %-8s %s → %s / %s%n",
          s.path("contract_id").asText(),
          s.path("state").asText(),
          s.path("lag").isMissingNode() ? "?" : s.path("lag").asText(),
          s.path("input_topic").asText(),
          s.path("valid_topic").asText(),
          s.path("dead_letter_topic").asText());
      if (s.hasNonNull("detail")) {
        out.println("  " + s.path("detail").asText());
      }
      Iterable<JsonNode> windows = s.has("windows") ? s.path("windows") : List.of(w);
      for (JsonNode x : windows) {
        if (x.isMissingNode() || x.isNull()) {
          out.println("  no window has closed yet");
          continue;
        }
        out.printf(
            "  %s  %-5s %6d records  %6d passed  %6d dead-lettered  %d erased%n",
            x.path("start").asText(),
            x.path("status").asText(),
            x.path("records").asLong(),
            x.path("passed").asLong(),
            x.path("dead_lettered").asLong(),
            x.path("erased").asLong());
      }
    }

    private static boolean healthy(JsonNode r) {
      Iterable<JsonNode> streams = r.has("streams") ? r.path("streams") : List.of(r);
      boolean any = false;
      for (JsonNode s : streams) {
        any = true;
        String verdict = s.at("/last_window/status").asText("");
        if (!s.path("state").asText().equals("RUNNING")
            || verdict.equals("FAIL")
            || verdict.equals("ERROR")) {
          return false;
        }
      }
      return any;
    }
  }
}

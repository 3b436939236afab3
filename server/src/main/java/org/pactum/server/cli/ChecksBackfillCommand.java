package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum checks backfill --contract ID --from DATE --to DATE}: asks a running server to
 * measure the contract's past UTC days {@code [from, to)} ({@code POST
 * /api/v1/contracts/{id}/backfill}) and prints a line per day as it finishes.
 */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Measure a contract's past days so its learned baselines need not wait weeks: one run of"
          + " its aggregate checks per UTC day in [--from, --to), scoped by the dataset's"
          + " load_scope (:since = the day's start, :until = its end). Repeating a backfill"
          + " replaces its days; backfilled runs raise no alerts.",
      "Exit 0 when every day was measured, 1 when some day's run ended in ERROR, 2 on bad usage,"
          + " a refusal by the server or an unreachable server."
    })
final class ChecksBackfillCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--contract", required = true, paramLabel = "ID", description = "Contract id.")
  String contract;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day (YYYY-MM-DD, UTC), included.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Day after the last (YYYY-MM-DD, UTC), excluded.")
  LocalDate to;

  @Mixin ServerOption server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectNode body = PactumServerClient.JSON.createObjectNode();
    body.put("from", from.toString());
    body.put("to", to.toString());
    String path =
        "/api/v1/contracts/"
            + URLEncoder.encode(contract, StandardCharsets.UTF_8).replace("+", "%20")
            + "/backfill";
    JsonNode[] summary = new JsonNode[1];
    boolean[] errors = new boolean[1];
    try {
      server
          .client()
          .postLines(
              path,
              body,
              line -> {
                if (line.path("done").asBoolean(false)) {
                  summary[0] = line;
                  return;
                }
                String status = line.path("status").asText();
                errors[0] |= status.equals("ERROR");
                out.printf(
                    "day %d/%d %s %-5s %d metrics  run %s%s%n",
                    line.path("day").asInt(),
                    line.path("of").asInt(),
                    line.path("date").asText(),
                    status,
                    line.path("metrics").asInt(),
                    line.path("run_id").asText(),
                    line.hasNonNull("error") ? "  " + line.path("error").asText() : "");
                out.flush();
              });
    } catch (PactumServerClient.Failure e) {
      out.flush();
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (summary[0] == null) {
      err.println(
          "pactum: the server stopped before the backfill finished; run it again to resume");
      return ExitCodes.INPUT_ERROR;
    }
    JsonNode s = summary[0];
    StringBuilder counts = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("statuses").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      counts.append(counts.length() == 0 ? "" : ", ").append(e.getValue().asInt()).append(' ');
      counts.append(e.getKey());
    }
    out.println(
        "backfilled "
            + s.path("days").asInt()
            + " of "
            + s.path("of").asInt()
            + " days of "
            + s.path("contract").asText()
            + " ["
            + s.path("from").asText()
            + ", "
            + s.path("to").asText()
            + "): "
            + counts
            + "; no alerts raised");
    out.flush();
    boolean complete = s.path("days").asInt() == s.path("of").asInt();
    return errors[0] || !complete ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}

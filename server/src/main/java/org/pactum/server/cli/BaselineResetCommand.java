package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code pactum baseline reset --contract ID --check NAME [--from-run R] --reason TEXT [--by WHO]}:
 * approves a new normal for a check's learned baseline ({@code POST
 * /api/v1/contracts/{id}/checks/{check}/baseline-reset}); training restarts at the run or now.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Approve a new normal for a check's learned baseline after an intended change: training"
          + " restarts from --from-run (its load is the first of the new normal) or from now, and"
          + " later verdicts name who approved it, when and why.",
      "Exit 0 when recorded, 2 on bad usage, a refusal by the server or an unreachable server."
    })
final class BaselineResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--contract", required = true, paramLabel = "ID", description = "Contract id.")
  String contract;

  @Option(
      names = "--check",
      required = true,
      paramLabel = "NAME",
      description = "The check's name, e.g. row_count_anomaly or mean_anomaly(amount).")
  String check;

  @Option(
      names = "--from-run",
      paramLabel = "R",
      description = "Restart training at this run's observation (default: now).")
  String fromRun;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why the new normal is intended (stored and shown with later verdicts).")
  String reason;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      defaultValue = "${env:USER}",
      description = "Who approves (default: $USER).")
  String by;

  @Mixin ServerOption server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (by == null || by.isBlank()) {
      err.println("pactum: --by is required when $USER is not set");
      return ExitCodes.INPUT_ERROR;
    }
    ObjectNode body = PactumServerClient.JSON.createObjectNode();
    body.put("approved_by", by);
    body.put("reason", reason);
    if (fromRun != null) {
      body.put("from_run", fromRun);
    }
    String path =
        "/api/v1/contracts/" + segment(contract) + "/checks/" + segment(check) + "/baseline-reset";
    JsonNode a;
    try {
      a = server.client().send("POST", path, body, PactumServerClient.ANY_2XX);
    } catch (PactumServerClient.Failure e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    out.println(
        "baseline reset of "
            + a.path("contract").asText()
            + " / "
            + a.path("check").asText()
            + " approved");
    out.println("  by:       " + a.path("approved_by").asText());
    out.println("  at:       " + a.path("approved_at").asText());
    out.println("  reason:   " + a.path("reason").asText());
    out.println(
        "  from run: "
            + (a.path("from_run").isTextual()
                ? a.path("from_run").asText()
                : "(none: training restarts now)"));
    StringBuilder metrics = new StringBuilder();
    for (JsonNode m : a.path("metrics")) {
      metrics.append(metrics.length() == 0 ? "" : ", ").append(m.asText());
    }
    out.println("  metrics:  " + metrics + " on " + a.path("dataset").asText());
    out.flush();
    return ExitCodes.OK;
  }

  /** A path segment: check names hold parentheses and may hold anything else. */
  private static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

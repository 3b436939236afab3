package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum checks run --contract ID}: asks a running Pactum server to run a contract's checks
 * ({@code POST /api/v1/runs}), and with {@code --wait} follows the run and prints its results.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a contract's checks on the server (after a load, from a pipeline).",
      "With --wait: a progress line while it runs, then a table of results; exit 0 when every"
          + " check passed or warned, 1 when one failed, 2 on an error (bad usage, unreachable"
          + " server, or a check that could not run)."
    })
final class ChecksRunCommand implements Callable<Integer> {
  private static final Set<String> ACTIVE = Set.of("QUEUED", "RUNNING");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--contract", required = true, paramLabel = "ID", description = "Contract id.")
  String contract;

  @Option(
      names = "--since",
      paramLabel = "TS",
      description = "Start of the load (ISO-8601, e.g. 2026-11-22T06:00:00Z), for load_scope.")
  Instant since;

  @Option(names = "--until", paramLabel = "TS", description = "End of the load, for load_scope.")
  Instant until;

  @Option(names = "--load-id", paramLabel = "ID", description = "The load's id (binds :load_id).")
  String loadId;

  @Option(
      names = "--run-id",
      paramLabel = "R",
      description = "Your id for the run; repeating it replaces that run's results.")
  String runId;

  @Option(names = "--wait", description = "Follow the run until it finishes and print results.")
  boolean await;

  @Mixin ServerOption server;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT30M",
      description = "How long --wait follows the run (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonNode accepted;
    try {
      accepted = submit();
    } catch (ServerError e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    String id = accepted.path("run_id").asText();
    if (!await) {
      out.println(id);
      return ExitCodes.OK;
    }
    try {
      JsonNode run = follow(id, err);
      printResults(run, out);
      return switch (run.path("status").asText()) {
        case "PASS", "WARN" -> ExitCodes.OK;
        case "FAIL" -> ExitCodes.PROBLEMS;
        default -> ExitCodes.INPUT_ERROR;
      };
    } catch (ServerError e) {
      err.println();
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }

  private JsonNode submit() throws ServerError, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("contract", contract);
    if (runId != null) {
      body.put("run_id", runId);
    }
    if (loadId != null) {
      body.put("load_id", loadId);
    }
    ObjectNode params = body.putObject("params");
    if (since != null) {
      params.put("since", since.toString());
    }
    if (until != null) {
      params.put("until", until.toString());
    }
    return send("POST", "/api/v1/runs", body, 202);
  }

  private JsonNode follow(String id, PrintWriter err) throws ServerError, InterruptedException {
    Instant started = Instant.now();
    Instant deadline = started.plus(timeout);
    while (true) {
      JsonNode run = send("GET", "/api/v1/runs/" + id, null, 200);
      String status = run.path("status").asText();
      long seconds = Duration.between(started, Instant.now()).toSeconds();
      err.printf(
          "\r%s %s: %s (%ds)  ", contract, id, status.toLowerCase(java.util.Locale.ROOT), seconds);
      err.flush();
      if (!ACTIVE.contains(status)) {
        err.println();
        return run;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ServerError(
            "run " + id + " still " + status + " after " + timeout + "; it goes on on the server");
      }
      Thread.sleep(500);
    }
  }

  private static void printResults(JsonNode run, PrintWriter out) {
    out.printf("%-34s %-6s %-14s %s%n", "CHECK", "STATUS", "OBSERVED", "MESSAGE");
    for (JsonNode r : run.path("results")) {
      JsonNode observed = r.path("observed_value");
      String value =
          observed.isMissingNode() || observed.isNull()
              ? r.path("observed_text").asText("")
              : formatNumber(observed.asDouble());
      out.printf(
          "%-34s %-6s %-14s %s%n",
          r.path("check_name").asText(),
          r.path("status").asText(),
          value,
          r.path("message").asText(""));
    }
    out.printf(
        "%s %s: %s (contract version %s, dataset %s)%n",
        run.path("contract").asText(),
        run.path("run_id").asText(),
        run.path("status").asText(),
        run.path("contract_version").asText(),
        run.path("dataset").asText());
    if (run.hasNonNull("error")) {
      out.println("error: " + run.path("error").asText());
    }
    out.flush();
  }

  private static String formatNumber(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? String.valueOf((long) v)
        : String.format("%.4g", v);
  }

  private JsonNode send(String method, String path, JsonNode body, int expected)
      throws ServerError, InterruptedException {
    try {
      return server.client().send(method, path, body, expected);
    } catch (PactumServerClient.Failure e) {
      throw new ServerError(e.getMessage());
    }
  }

  /** The server refused the request or could not be reached. */
  private static final class ServerError extends Exception {
    ServerError(String message) {
      super(message);
    }
  }
}

package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum erasure request}: files a right-to-erasure request ({@code POST
 * /api/v1/erasure-requests}); with {@code --wait}, follows it and prints the outcome.
 */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = {
      "File a right-to-erasure request; the server plans and executes it at once.",
      "The subject id is read from standard input (one line) unless --subject-id is given (which"
          + " leaves it in your shell history).",
      "Prints the request id. With --wait: exit 0 when COMPLETED, 1 when PARTIAL or FAILED,"
          + " 2 on an error."
    })
final class ErasureRequestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ErasureServer server;

  @Option(names = "--subject-type", required = true, description = "e.g. customer")
  String subjectType;

  @Option(names = "--subject-id", description = "The subject's id (default: read from stdin).")
  String subjectId;

  @Option(names = "--requested-by", required = true, description = "Who asks (e.g. the DPO).")
  String requestedBy;

  @Option(names = "--legal-basis", required = true, description = "e.g. 'GDPR art. 17(1)(a)'.")
  String legalBasis;

  @Option(names = "--wait", description = "Follow the request until it finishes.")
  boolean await;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "PT30M",
      description = "How long --wait follows the request (ISO-8601, default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String id = subjectId;
    if (id == null) {
      id = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (id == null || id.isBlank()) {
        err.println("pactum: no subject id: give --subject-id or one line on standard input");
        return ExitCodes.INPUT_ERROR;
      }
      id = id.strip();
    }
    ObjectNode body =
        ErasureServer.JSON
            .createObjectNode()
            .put("subject_type", subjectType)
            .put("subject_id", id)
            .put("requested_by", requestedBy)
            .put("legal_basis", legalBasis);
    try {
      JsonNode accepted = server.post("/api/v1/erasure-requests", body, 202);
      String requestId = accepted.path("request_id").asText();
      if (!await) {
        out.println(server.format == ErasureServer.Format.JSON ? accepted : requestId);
        return ExitCodes.OK;
      }
      return follow(server, requestId, timeout, out);
    } catch (ErasureServer.Failure e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }

  /** Polls the request until it leaves EXECUTING; prints it; exit code by its status. */
  static int follow(ErasureServer server, String requestId, Duration timeout, PrintWriter out)
      throws ErasureServer.Failure, InterruptedException, IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonNode r = server.get("/api/v1/erasure-requests/" + requestId);
      String status = r.path("status").asText();
      if (!status.equals("EXECUTING") && !status.equals("RECEIVED")) {
        if (server.format == ErasureServer.Format.JSON) {
          out.println(r);
        } else {
          ErasurePrinter.request(r, out, false);
        }
        out.flush();
        return status.equals("COMPLETED") ? ExitCodes.OK : ExitCodes.PROBLEMS;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ErasureServer.Failure(
            "request " + requestId + " still " + status + " after " + timeout);
      }
      Thread.sleep(500);
    }
  }
}

package org.pactum.server.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum erasure resume ID}: runs an interrupted, partial or failed request's unverified
 * datasets again; the subject id (checked against the stored HMAC) comes from standard input.
 */
@Command(
    name = "resume",
    mixinStandardHelpOptions = true,
    description = {
      "Resume an INTERRUPTED, PARTIAL or FAILED request; the subject id is read from standard"
          + " input (one line) unless --subject-id is given.",
      "Follows the request: exit 0 when COMPLETED, 1 when not, 2 on an error."
    })
final class ErasureResumeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ErasureServer server;

  @Parameters(paramLabel = "ID", description = "The request id.")
  String requestId;

  @Option(names = "--subject-id", description = "The subject's id (default: read from stdin).")
  String subjectId;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String id = subjectId;
    if (id == null) {
      id = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (id == null || id.isBlank()) {
        err.println("pactum: no subject id: give --subject-id or one line on standard input");
        return ExitCodes.INPUT_ERROR;
      }
    }
    try {
      server.post(
          "/api/v1/erasure-requests/" + requestId + "/resume",
          ErasureServer.JSON.createObjectNode().put("subject_id", id.strip()),
          202);
      return ErasureRequestCommand.follow(
          server, requestId, Duration.ofMinutes(30), spec.commandLine().getOut());
    } catch (ErasureServer.Failure e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }
}

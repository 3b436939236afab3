package org.pactum.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum contract status ID --registry URL}: a contract's lifecycle on a server. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show a contract's lifecycle status on a Pactum server (GET /api/v1/contracts/{id}/status):"
          + " active, draft, deprecated or retired, its latest version, whether the server's"
          + " contracts folder or the API manages it, and when it was published and retired.",
      "Exit 0 when the server knows the contract, 2 when it does not, on bad usage or an"
          + " unreachable server."
    })
final class ContractStatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The contract id, e.g. payments.payment.")
  String id;

  @Mixin ContractServerOptions server;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ContractRegistryClient client;
    try {
      client = server.client();
    } catch (IllegalArgumentException e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    ContractRegistryClient.Answer answer;
    try {
      answer = client.get("api/v1/contracts/" + ContractRegistryClient.segment(id) + "/status");
    } catch (ContractRegistryClient.Failure e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (!answer.ok()) {
      err.println("pactum: " + ContractLifecyclePrinter.refusal(answer, server.token.value()));
      return ExitCodes.INPUT_ERROR;
    }
    if (server.json()) {
      out.println(CliText.prettyJson(answer.body()));
    } else {
      ContractLifecyclePrinter.status(answer.body(), client, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}

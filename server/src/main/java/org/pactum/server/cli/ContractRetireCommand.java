package org.pactum.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum contract retire ID --registry URL [--permanent --yes]}: retires a contract on a
 * server ({@code DELETE /api/v1/contracts/{id}}), or deletes a retired one for good.
 */
@Command(
    name = "retire",
    mixinStandardHelpOptions = true,
    description = {
      "Retire a contract on a Pactum server (DELETE /api/v1/contracts/{id}): its checks stop"
          + " being scheduled, its versions and quality history stay. Retiring a retired contract"
          + " changes nothing. A contract the server's contracts folder declares is refused:"
          + " change `status:` in its file instead.",
      "With --permanent --yes, a retired contract is deleted for good with its catalog versions"
          + " and its quality history (?permanent=true).",
      "Exit 0 when done, 1 when the server refuses (the contract is folder-managed, or not yet"
          + " retired for --permanent), 2 when the contract is unknown, on bad usage (--permanent"
          + " without --yes) or an unreachable server."
    })
final class ContractRetireCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The contract id, e.g. payments.payment.")
  String id;

  @Mixin ContractServerOptions server;

  @Option(
      names = "--permanent",
      description =
          "Delete the (already retired) contract for good: its catalog versions and its check"
              + " runs and results are dropped. Needs --yes.")
  boolean permanent;

  @Option(names = "--yes", description = "Confirm --permanent.")
  boolean yes;

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
    if (permanent && !yes) {
      err.println("pactum: " + ContractLifecyclePrinter.confirmPermanent(id, client));
      return ExitCodes.INPUT_ERROR;
    }
    String path = "api/v1/contracts/" + ContractRegistryClient.segment(id);
    try {
      if (permanent) {
        ContractRegistryClient.Answer deleted = client.delete(path + "?permanent=true");
        if (!deleted.ok()) {
          return refused(deleted, client, err);
        }
        print(deleted, out, () -> ContractLifecyclePrinter.deleted(id, deleted.body(), out));
        return ExitCodes.OK;
      }
      // the text says what the contract was; JSON is the server's answer alone
      ContractRegistryClient.Answer before = null;
      if (!server.json()) {
        before = client.get(path + "/status");
        if (!before.ok()) {
          return refused(before, client, err);
        }
      }
      ContractRegistryClient.Answer retired = client.delete(path);
      if (!retired.ok()) {
        return refused(retired, client, err);
      }
      ContractRegistryClient.Answer was = before;
      print(
          retired,
          out,
          () -> ContractLifecyclePrinter.retired(id, was.body(), retired.body(), client, out));
      return ExitCodes.OK;
    } catch (ContractRegistryClient.Failure e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
  }

  private void print(ContractRegistryClient.Answer answer, PrintWriter out, Runnable text) {
    if (server.json()) {
      out.println(CliText.prettyJson(answer.body()));
    } else {
      text.run();
    }
    out.flush();
  }

  /** 409: the server refused the change (exit 1); anything else is exit 2. */
  private int refused(
      ContractRegistryClient.Answer answer, ContractRegistryClient client, PrintWriter err) {
    if (answer.status() == 409) {
      err.println(
          "pactum: the server refused to "
              + (permanent ? "delete " : "retire ")
              + CliText.printable(id)
              + ": "
              + ContractLifecyclePrinter.refusal(answer, server.token.value()));
      if (answer.errorCode() == ContractLifecyclePrinter.NOT_RETIRED) {
        err.println("  retire it first: " + ContractLifecyclePrinter.retireCommand(id, client));
      }
      return ExitCodes.PROBLEMS;
    }
    err.println("pactum: " + ContractLifecyclePrinter.refusal(answer, server.token.value()));
    return ExitCodes.INPUT_ERROR;
  }
}

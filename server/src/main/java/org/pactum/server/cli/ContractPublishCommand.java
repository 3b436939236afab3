package org.pactum.server.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.server.gate.ContractGate;
import org.pactum.server.gate.GateInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum contract publish PATH… --registry URL}: publishes contracts to a Pactum server. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publish every contract under PATH to a Pactum server: its schema (and Protobuf imports)"
          + " registers in the subject named by the contract id under the contract's"
          + " compatibility mode, and a new catalog version records the semantic changes.",
      "With --strict, each contract is checked first (the dry run of contract check --registry)"
          + " and published only when the check finds neither errors nor warnings; a contract"
          + " held back is reported with the check's findings, and nothing of it is stored.",
      "Exit 0 when every contract was published (or was unchanged) without breaking changes, 1"
          + " when one was refused (lint errors, an incompatible schema), carries a breaking"
          + " semantic change or was held back by --strict, 2 on bad usage, unreadable input or"
          + " an unreachable server."
    })
final class ContractPublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Contract files, or folders searched for *.contract.yaml.")
  List<Path> paths;

  @Option(
      names = "--registry",
      required = true,
      paramLabel = "URL",
      description = "The Pactum server, e.g. http://localhost:8080.")
  URI registry;

  @Mixin TokenOption token;

  @Mixin GateOptions options;

  @Override
  public Integer call() {
    ContractGate gate = GateOptions.gate();
    try {
      RegistryGate remote = new RegistryGate(registry, token.value(), gate);
      List<ContractVerdict> verdicts = new ArrayList<>();
      for (Path file : gate.discover(paths)) {
        verdicts.add(options.strict ? publishIfClean(remote, file) : remote.publish(file));
      }
      return GateRun.report(spec.commandLine(), "contract publish", options, verdicts);
    } catch (GateInputException e) {
      return GateRun.inputError(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * {@code --strict}: the server's dry run first, and the publish only when it finds neither an
   * error nor a warning, so the server does not store a version this command then fails (unless
   * another publisher changes the contract between the two calls). A contract held back comes back
   * as the check's verdict, saying it was not published.
   */
  private static ContractVerdict publishIfClean(RegistryGate remote, Path file)
      throws GateInputException {
    ContractVerdict checked = remote.check(file);
    if (!GateRun.fails(checked, true)) {
      return remote.publish(file);
    }
    return new ContractVerdict(
        checked.file(),
        checked.contractId(),
        checked.comparedWith() + "; not published (--strict: the check found errors or warnings)",
        checked.findings());
  }
}

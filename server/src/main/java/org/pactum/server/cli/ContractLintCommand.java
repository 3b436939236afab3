package org.pactum.server.cli;

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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum contract lint PATH…}: parse, load schemas and cross-check; report every problem.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check contract files: YAML structure, field values, the schema file, and the contract"
          + " against its schema. Every problem is printed as file:line:col: message.",
      "Exit 0 when clean, 1 when problems were found, 2 on bad usage or unreadable input."
    })
final class ContractLintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Contract files, or folders searched for *.contract.yaml.")
  List<Path> paths;

  @Mixin GateOptions options;

  @Override
  public Integer call() {
    ContractGate gate = GateOptions.gate();
    List<ContractVerdict> verdicts = new ArrayList<>();
    try {
      for (Path file : gate.discover(paths)) {
        verdicts.add(gate.lint(file));
      }
    } catch (GateInputException e) {
      return GateRun.inputError(spec.commandLine(), e.getMessage());
    }
    return GateRun.report(spec.commandLine(), "contract lint", options, verdicts);
  }
}

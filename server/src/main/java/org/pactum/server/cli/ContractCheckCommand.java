package org.pactum.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.server.gate.ContractGate;
import org.pactum.server.gate.GateInputException;
import org.pactum.server.gate.GitRevisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum contract check PATH… --against GIT_REF}: the CI gate, no server needed. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "The CI gate: lint every contract under PATH and compare each with the same file at a git"
          + " ref (schema compatibility under its mode, and semantic changes). A contract that"
          + " did not exist at the ref is linted only.",
      "Exit 0 when nothing breaks, 1 on a breaking change or lint error, 2 on bad usage or"
          + " unreadable input."
    })
final class ContractCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Contract files, or folders searched for *.contract.yaml.")
  List<Path> paths;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "GIT_REF",
      description = "Compare with the contracts at this git ref (origin/main, HEAD~1, a tag).")
  String ref;

  @Mixin GateOptions options;

  @Override
  public Integer call() throws IOException {
    ContractGate gate = GateOptions.gate();
    Path scratch = Files.createTempDirectory("pactum-check");
    try {
      GitRevisions git = new GitRevisions(scratch);
      List<ContractVerdict> verdicts = new ArrayList<>();
      for (Path file : gate.discover(paths)) {
        verdicts.add(gate.againstGit(file, ref, git));
      }
      return GateRun.report(spec.commandLine(), "contract check", options, verdicts);
    } catch (GateInputException e) {
      return GateRun.inputError(spec.commandLine(), e.getMessage());
    } finally {
      deleteTree(scratch);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

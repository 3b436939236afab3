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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum contract check PATH… --against GIT_REF | --registry URL}: the CI gate, against a
 * git ref (no server needed) or against a Pactum server's registered history.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "The CI gate: lint every contract under PATH and compare each with the same file at a git"
          + " ref, or with its history in a Pactum registry (schema compatibility under its mode"
          + " against every version the mode checks, and semantic changes against the latest"
          + " published version). A contract that did not exist at the ref is linted only.",
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

  @ArgGroup(exclusive = true, multiplicity = "1")
  Baseline baseline;

  /** What to compare with: exactly one of a git ref and a registry. */
  static final class Baseline {
    @Option(
        names = "--against",
        paramLabel = "GIT_REF",
        description = "Compare with the contracts at this git ref (origin/main, HEAD~1, a tag).")
    String ref;

    @Option(
        names = "--registry",
        paramLabel = "URL",
        description =
            "Compare with the contracts published to this Pactum server"
                + " (http://localhost:8080); nothing is stored.")
    java.net.URI registry;
  }

  @Mixin TokenOption token;

  @Mixin GateOptions options;

  @Override
  public Integer call() throws IOException {
    ContractGate gate = GateOptions.gate();
    if (baseline.registry != null) {
      return againstRegistry(gate);
    }
    String ref = baseline.ref;
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

  private int againstRegistry(ContractGate gate) {
    try {
      RegistryGate remote = new RegistryGate(baseline.registry, token.value(), gate);
      List<ContractVerdict> verdicts = new ArrayList<>();
      for (Path file : gate.discover(paths)) {
        verdicts.add(remote.check(file));
      }
      return GateRun.report(spec.commandLine(), "contract check", options, verdicts);
    } catch (GateInputException e) {
      return GateRun.inputError(spec.commandLine(), e.getMessage());
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

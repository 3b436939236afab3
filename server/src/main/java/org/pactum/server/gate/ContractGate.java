package org.pactum.server.gate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;

/**
 * The CI gate: lints a contract, and compares it with an earlier version (a file, or the same file
 * at a git ref) for schema compatibility and semantic changes.
 */
public final class ContractGate {
  private final ContractLoader loader;
  private final ContractChangeChecker checker;

  public ContractGate(ContractLoader loader, ContractChangeChecker checker) {
    this.loader = loader;
    this.checker = checker;
  }

  /** Every contract file under the paths (files as given, folders searched). */
  public List<Path> discover(List<Path> paths) throws GateInputException {
    try {
      return loader.discover(paths);
    } catch (IOException e) {
      throw new GateInputException(e.getMessage(), e);
    }
  }

  public ContractVerdict lint(Path file) throws GateInputException {
    LoadResult result = load(file);
    return new ContractVerdict(file, idOf(result), "lint", findings(result.problems()));
  }

  /** {@code after} compared with {@code before}; the old file must load cleanly. */
  public ContractVerdict diff(Path before, Path after) throws GateInputException {
    LoadResult old = load(before);
    if (old.contract().isEmpty()) {
      throw new GateInputException(
          "the old contract " + before + " does not load: " + firstError(old.problems()));
    }
    return compare(old.contract().get(), load(after), before.toString());
  }

  /** {@code file} compared with the same file at a git ref; a file new since then is linted. */
  public ContractVerdict againstGit(Path file, String ref, GitRevisions git)
      throws GateInputException {
    LoadResult current = load(file);
    Optional<Path> earlier = git.at(file, ref);
    if (earlier.isEmpty()) {
      List<GateFinding> findings = new ArrayList<>(findings(current.problems()));
      findings.add(
          new GateFinding(
              FindingSeverity.INFO,
              "NEW_CONTRACT",
              file,
              1,
              1,
              "",
              "new contract: it does not exist at " + ref,
              ""));
      return new ContractVerdict(file, idOf(current), "git " + ref + " (new contract)", findings);
    }
    LoadResult old = load(earlier.get());
    if (old.contract().isEmpty()) {
      List<GateFinding> findings = new ArrayList<>(findings(current.problems()));
      findings.add(
          new GateFinding(
              FindingSeverity.WARNING,
              "BASELINE_UNREADABLE",
              file,
              1,
              1,
              "",
              "the version at "
                  + ref
                  + " does not load ("
                  + firstError(old.problems())
                  + "); only lint applied",
              ""));
      return new ContractVerdict(file, idOf(current), "git " + ref, findings);
    }
    return compare(old.contract().get(), current, "git " + ref);
  }

  private ContractVerdict compare(LoadedContract before, LoadResult after, String against) {
    List<GateFinding> findings = new ArrayList<>(findings(after.problems()));
    after.contract().ifPresent(c -> findings.addAll(checker.compare(before, c)));
    return new ContractVerdict(after.file(), idOf(after), against, findings);
  }

  private LoadResult load(Path file) throws GateInputException {
    try {
      return loader.load(file);
    } catch (IOException e) {
      throw new GateInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String idOf(LoadResult r) {
    return r.contract().map(c -> c.contract().id()).orElse(r.file().getFileName().toString());
  }

  private static String firstError(List<Problem> problems) {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .findFirst()
        .map(Problem::format)
        .orElse("unknown problem");
  }

  static List<GateFinding> findings(List<Problem> problems) {
    return problems.stream()
        .map(
            p ->
                new GateFinding(
                    p.severity() == Severity.ERROR
                        ? FindingSeverity.ERROR
                        : FindingSeverity.WARNING,
                    p.code(),
                    p.file(),
                    p.line(),
                    p.column(),
                    "",
                    p.message(),
                    ""))
        .toList();
  }
}

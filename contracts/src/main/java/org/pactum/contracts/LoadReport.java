package org.pactum.contracts;

import java.util.List;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;

/**
 * The outcome of loading several contract files.
 *
 * @param contracts the contracts that loaded without errors, in discovery order
 * @param problems the problems of all files, sorted by file, line and column
 */
public record LoadReport(List<LoadedContract> contracts, List<Problem> problems) {

  public LoadReport {
    contracts = List.copyOf(contracts);
    problems = problems.stream().sorted().toList();
  }

  /** No {@link Severity#ERROR} problems in any file. */
  public boolean clean() {
    return problems.stream().noneMatch(Problem::isError);
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }
}

package org.pactum.contracts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;

/**
 * The outcome of loading one contract file.
 *
 * @param file the contract file
 * @param contract present when the contract has no errors (it may still have warnings); empty when
 *     any problem is an error, from malformed YAML to a lint error
 * @param problems every problem found in the contract and its schema files, sorted
 */
public record LoadResult(Path file, Optional<LoadedContract> contract, List<Problem> problems) {

  public LoadResult {
    problems = problems.stream().sorted().toList();
  }

  /** No {@link Severity#ERROR} problems. */
  public boolean clean() {
    return problems.stream().noneMatch(Problem::isError);
  }
}

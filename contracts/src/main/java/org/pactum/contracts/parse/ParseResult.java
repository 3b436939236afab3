package org.pactum.contracts.parse;

import java.util.List;
import java.util.Optional;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.problem.Problem;

/**
 * What the parser made of a contract file.
 *
 * @param contract the contract as far as it could be read; empty when the YAML is malformed or not
 *     a mapping. When problems contain errors, the parts in error are missing (null fields, checks
 *     left out), so a present contract is only trustworthy when {@link #clean()}.
 * @param problems every problem found, sorted by position
 */
public record ParseResult(Optional<DataContract> contract, List<Problem> problems) {

  public ParseResult {
    problems = List.copyOf(problems);
  }

  /** No errors (warnings allowed). */
  public boolean clean() {
    return problems.stream().noneMatch(Problem::isError);
  }
}

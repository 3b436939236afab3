package org.pactum.contracts.lint;

import java.util.List;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * Cross-checks a parsed contract against its loaded schema: columns that do not exist, checks that
 * do not fit their column's type, duplicate check names, PII tags that cannot work. The rules and
 * their codes are listed in the module README.
 */
public final class ContractLinter {

  private final List<LintRule> rules;

  /** The standard rule set. */
  public ContractLinter() {
    this(
        List.of(
            new ColumnReferenceRule(),
            new ColumnTypeRule(),
            new UniqueRepeatedRule(),
            new DuplicateCheckNameRule(),
            new AcceptedValuesRule(),
            new PiiRule(),
            new DatasetRule()));
  }

  public ContractLinter(List<LintRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every problem the rules find, sorted by position. */
  public List<Problem> lint(LintContext context) {
    ProblemCollector problems = new ProblemCollector(context.file());
    for (LintRule rule : rules) {
      rule.apply(context, problems);
    }
    return problems.problems();
  }
}

package org.pactum.contracts.lint;

import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * {@code missing-dataset} (warning): checks run against the contract's dataset; without one they
 * never run.
 */
final class DatasetRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    if (ctx.contract().dataset() == null && !ctx.contract().checks().isEmpty()) {
      SourcePosition at = ctx.at("checks");
      problems.warning(
          at.known() ? at : SourcePosition.of(1, 1),
          "missing-dataset",
          "the contract has checks but no dataset: add dataset.datasource and dataset.table so"
              + " the check engine knows where to run them");
    }
  }
}

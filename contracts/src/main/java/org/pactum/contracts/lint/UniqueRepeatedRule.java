package org.pactum.contracts.lint;

import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * {@code unique-repeated}: uniqueness is a property of rows; a repeated field (an array, or a field
 * inside one) holds several values per row, so {@code unique} on it has no meaning.
 */
final class UniqueRepeatedRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    for (Check check : ctx.contract().checks()) {
      if (check instanceof UniqueCheck unique) {
        for (String column : unique.columns()) {
          ctx.field(column)
              .filter(f -> f.repeated())
              .ifPresent(
                  f ->
                      problems.error(
                          check.position(),
                          "unique-repeated",
                          "check '"
                              + check.name()
                              + "': unique on '"
                              + column
                              + "', a repeated field; uniqueness applies to one value per row"));
        }
      }
    }
  }
}

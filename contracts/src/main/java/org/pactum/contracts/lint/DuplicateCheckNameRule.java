package org.pactum.contracts.lint;

import java.util.HashMap;
import java.util.Map;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * {@code duplicate-check-name}: check names identify results, history and incidents across runs and
 * versions, so they must be unique within a contract (derived names included).
 */
final class DuplicateCheckNameRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    Map<String, SourcePosition> seen = new HashMap<>();
    for (Check check : ctx.contract().checks()) {
      SourcePosition first = seen.putIfAbsent(check.name(), check.position());
      if (first != null) {
        problems.error(
            check.position(),
            "duplicate-check-name",
            "duplicate check name '"
                + check.name()
                + "' (first at line "
                + first.line()
                + "); give one of them a distinct name:");
      }
    }
  }
}

package org.pactum.contracts.lint;

import java.util.List;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.problem.ProblemCollector;
import org.pactum.contracts.schema.FieldKind;

/**
 * {@code accepted-value-not-in-enum} (warning): an accepted value of an enum column that is not one
 * of the enum's symbols can never occur, which usually means a typo or a stale contract.
 */
final class AcceptedValuesRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    for (Check check : ctx.contract().checks()) {
      if (check instanceof AcceptedValuesCheck a) {
        ctx.field(a.column())
            .filter(f -> f.kind() == FieldKind.ENUM)
            .ifPresent(
                f -> {
                  List<String> missing =
                      a.values().stream().filter(v -> !f.enumSymbols().contains(v)).toList();
                  if (!missing.isEmpty()) {
                    problems.warning(
                        check.position(),
                        "accepted-value-not-in-enum",
                        "check '"
                            + check.name()
                            + "': "
                            + quote(missing)
                            + (missing.size() == 1 ? " is not a symbol" : " are not symbols")
                            + " of the enum of '"
                            + f.path()
                            + "' ("
                            + String.join(", ", f.enumSymbols())
                            + ")");
                  }
                });
      }
    }
  }

  private static String quote(List<String> values) {
    return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
  }
}

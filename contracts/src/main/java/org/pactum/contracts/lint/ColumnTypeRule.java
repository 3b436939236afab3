package org.pactum.contracts.lint;

import java.util.Optional;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.contracts.problem.ProblemCollector;
import org.pactum.contracts.schema.FieldKind;
import org.pactum.contracts.schema.SchemaField;

/**
 * {@code type-mismatch}: a check that cannot apply to its column's type — a range or mean on a
 * string, a regex on a number, freshness on a non-temporal column, a numeric range bound on a
 * timestamp, accepted values that cannot be of the column's type.
 */
final class ColumnTypeRule implements LintRule {

  @Override
  public void apply(LintContext ctx, ProblemCollector problems) {
    for (Check check : ctx.contract().checks()) {
      for (String column : check.columns()) {
        ctx.field(column)
            .ifPresent(
                field ->
                    mismatch(check, field)
                        .ifPresent(
                            reason ->
                                problems.error(
                                    check.position(),
                                    "type-mismatch",
                                    "check '" + check.name() + "': " + reason)));
      }
    }
  }

  private static Optional<String> mismatch(Check check, SchemaField field) {
    FieldKind kind = field.kind();
    String is = "'" + field.path() + "' is " + article(kind);
    if (check instanceof RangeCheck r) {
      return range(r, field, is);
    }
    if (check instanceof MetricCheck m) {
      return metric(m, kind, is);
    }
    if (check instanceof RegexCheck) {
      return kind.textual() ? none() : Optional.of("regex needs a string column; " + is);
    }
    if (check instanceof FreshnessCheck) {
      return kind == FieldKind.TIMESTAMP || kind == FieldKind.DATE
          ? none()
          : Optional.of("freshness needs a timestamp or date column; " + is);
    }
    if (check instanceof DriftCheck d) {
      return drift(d, kind, is);
    }
    if (check instanceof AcceptedValuesCheck a) {
      return acceptedValues(a, kind, is);
    }
    if (check instanceof UniqueCheck) {
      return kind.scalar() ? none() : Optional.of("unique needs comparable columns; " + is);
    }
    return none();
  }

  private static Optional<String> metric(MetricCheck m, FieldKind kind, String is) {
    String metric = m.metric().yamlName();
    return switch (m.metric().applies()) {
      case NUMERIC ->
          kind.numeric() ? none() : Optional.of(metric + " needs a numeric column; " + is);
      case ORDERED ->
          kind.numeric() || kind.temporal()
              ? none()
              : Optional.of(metric + " needs a numeric or temporal column; " + is);
      case TEXT -> kind.textual() ? none() : Optional.of(metric + " needs a string column; " + is);
      case ANY_SCALAR ->
          kind.scalar() ? none() : Optional.of(metric + " needs a single-valued column; " + is);
    };
  }

  private static Optional<String> range(RangeCheck r, SchemaField field, String is) {
    FieldKind kind = field.kind();
    if (!kind.numeric() && !kind.temporal()) {
      return Optional.of("range needs a numeric or temporal column; " + is);
    }
    for (RangeBound bound : new RangeBound[] {r.min(), r.max()}) {
      if (bound == null) {
        continue;
      }
      if (kind.numeric() && bound.temporal()) {
        return Optional.of("range bound '" + bound.text() + "' is a date or timestamp but " + is);
      }
      if (kind.temporal() && !bound.temporal()) {
        return Optional.of(
            "range bound '"
                + bound.text()
                + "' is a number but "
                + is
                + "; write an ISO date or timestamp");
      }
      if (kind == FieldKind.TIME) {
        return Optional.of("range bounds cannot express a time of day; " + is);
      }
    }
    return none();
  }

  private static Optional<String> drift(DriftCheck d, FieldKind kind, String is) {
    if (!kind.scalar() || kind == FieldKind.BYTES) {
      return Optional.of("drift needs a numeric, temporal or categorical column; " + is);
    }
    if (d.method() == DriftMethod.KS && !kind.numeric() && !kind.temporal()) {
      return Optional.of(
          "drift method ks compares numeric distributions; "
              + is
              + " (use chi_squared or psi for categories)");
    }
    if (d.method() == DriftMethod.CHI_SQUARED
        && (kind == FieldKind.FLOAT || kind == FieldKind.DECIMAL || kind.temporal())) {
      return Optional.of(
          "drift method chi_squared compares categories; "
              + is
              + " (use ks or psi for continuous values)");
    }
    return none();
  }

  private static Optional<String> acceptedValues(AcceptedValuesCheck a, FieldKind kind, String is) {
    if (!kind.scalar() || kind == FieldKind.BYTES) {
      return Optional.of("accepted_values needs a single-valued column; " + is);
    }
    for (String value : a.values()) {
      boolean ok =
          switch (kind) {
            case INTEGER -> value.matches("[-+]?\\d+");
            case DECIMAL, FLOAT -> value.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
            case BOOLEAN -> value.equals("true") || value.equals("false");
            default -> true;
          };
      if (!ok) {
        return Optional.of("accepted value '" + value + "' cannot be a value of " + is);
      }
    }
    return none();
  }

  static String article(FieldKind kind) {
    String label = kind.label();
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}

package org.pactum.contracts.parse;

import static org.pactum.contracts.parse.CheckParser.derived;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Parses the row-level check types ({@code not_null}, {@code unique}, {@code range}, {@code
 * accepted_values}, {@code regex}): each counts the rows that break a rule and takes the row
 * thresholds ({@code mostly}/{@code warn}/{@code fail}).
 */
final class RowCheckParser {

  List<Check> notNull(CheckArgs a) {
    if (!a.listOrMap()) {
      return List.of();
    }
    List<CheckArgs.Column> columns = a.columns();
    Optional<String> name = a.name();
    if (name.isPresent() && columns.size() > 1) {
      a.error(
          a.map.get("name").orElseThrow(),
          "invalid-check",
          "not_null with several columns expands into one check per column and cannot take one"
              + " name; list the columns as separate not_null checks to name them");
    }
    Thresholds thresholds = a.rowThresholds();
    List<Check> out = new ArrayList<>();
    for (CheckArgs.Column c : columns) {
      SourcePosition at = columns.size() > 1 ? c.position() : a.position;
      out.add(
          new NotNullCheck(
              columns.size() == 1
                  ? name.orElse(derived("not_null", c.name()))
                  : derived("not_null", c.name()),
              c.name(),
              thresholds,
              at));
    }
    return out;
  }

  List<Check> unique(CheckArgs a) {
    List<CheckArgs.Column> columns = a.columns();
    Set<String> seen = new HashSet<>();
    for (CheckArgs.Column c : columns) {
      if (!seen.add(c.name())) {
        a.ctx.error(
            c.position(), "invalid-value", "column '" + c.name() + "' is listed twice in unique");
      }
    }
    if (columns.isEmpty()) {
      return List.of();
    }
    List<String> names = columns.stream().map(CheckArgs.Column::name).toList();
    String name = a.name().orElse(derived("unique", String.join(",", names)));
    return List.of(new UniqueCheck(name, names, a.rowThresholds(), a.position));
  }

  Optional<RangeCheck> range(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Optional<RangeBound> min = a.optional("min").flatMap(n -> RangeBounds.parse(a, n, "min"));
    Optional<RangeBound> max = a.optional("max").flatMap(n -> RangeBounds.parse(a, n, "max"));
    if (!a.map.has("min") && !a.map.has("max")) {
      a.ctx.error(a.map.position(), "missing-key", "range needs min, max or both");
    }
    if (min.isPresent() && max.isPresent()) {
      RangeBound lo = min.get();
      RangeBound hi = max.get();
      if (lo.getClass() != hi.getClass() && !(lo.temporal() && hi.temporal())) {
        a.error(
            a.map.get("max").orElseThrow(),
            "bad-threshold",
            "range min and max must both be numbers or both dates/timestamps");
      } else if (RangeBounds.compare(lo, hi) > 0) {
        a.error(
            a.map.get("min").orElseThrow(),
            "bad-threshold",
            "range min (" + lo.text() + ") is greater than max (" + hi.text() + ")");
      }
    }
    Thresholds t = a.rowThresholds();
    return column.map(
        c ->
            new RangeCheck(
                a.name().orElse(derived("range", c.name())),
                c.name(),
                min.orElse(null),
                max.orElse(null),
                t,
                a.position));
  }

  Optional<AcceptedValuesCheck> acceptedValues(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    List<String> values = new ArrayList<>();
    a.required("values")
        .flatMap(n -> a.ctx.list(n, "values"))
        .ifPresent(
            list -> {
              if (list.items().isEmpty()) {
                a.error(list, "invalid-value", "values must list at least one accepted value");
              }
              Set<String> seen = new HashSet<>();
              for (YamlNode item : list.items()) {
                a.ctx
                    .scalarText(item, "values item")
                    .ifPresent(
                        v -> {
                          if (!seen.add(v)) {
                            a.ctx.warning(
                                item.position(),
                                "duplicate-value",
                                "value '" + v + "' is listed twice");
                          } else {
                            values.add(v);
                          }
                        });
              }
            });
    Thresholds t = a.rowThresholds();
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return column.map(
        c ->
            new AcceptedValuesCheck(
                a.name().orElse(derived("accepted_values", c.name())),
                c.name(),
                values,
                t,
                a.position));
  }

  Optional<RegexCheck> regex(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Optional<String> pattern =
        a.required("pattern")
            .flatMap(
                n -> {
                  Optional<String> text = a.ctx.string(n, "pattern");
                  if (text.isPresent()) {
                    try {
                      Pattern.compile(text.get());
                    } catch (PatternSyntaxException e) {
                      a.error(
                          n,
                          "bad-regex",
                          "invalid regex '"
                              + text.get()
                              + "': "
                              + e.getDescription()
                              + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
                      return Optional.empty();
                    }
                    if (text.get().isEmpty()) {
                      a.error(n, "bad-regex", "pattern must not be empty");
                      return Optional.empty();
                    }
                  }
                  return text;
                });
    Thresholds t = a.rowThresholds();
    if (column.isEmpty() || pattern.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RegexCheck(
            a.name().orElse(derived("regex", column.get().name())),
            column.get().name(),
            pattern.get(),
            t,
            a.position));
  }
}

package org.pactum.contracts.parse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Parses the {@code checks:} list. Each item is a one-key mapping, the check type, with the
 * parameters under it; list forms expand ({@code not_null: [a, b]} is two checks). Names are
 * derived when absent so they stay stable across contract versions.
 */
final class CheckParser {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");
  static final List<String> PLACEHOLDERS = List.of("table", "column");

  static final List<String> ROW_KEYS =
      List.of("name", "column", "columns", "mostly", "warn", "fail");

  /** Every check type key, with the keys its parameters may use. */
  static final Map<String, List<String>> KEYS = keys();

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("row_count", List.of("name", "min", "max", "warn_min", "warn_max", "anomaly"));
    keys.put("not_null", ROW_KEYS);
    keys.put("unique", ROW_KEYS);
    keys.put("range", List.of("name", "column", "min", "max", "mostly", "warn", "fail"));
    keys.put("accepted_values", List.of("name", "column", "values", "mostly", "warn", "fail"));
    keys.put("regex", List.of("name", "column", "pattern", "mostly", "warn", "fail"));
    keys.put("null_rate", List.of("name", "column", "warn", "fail", "anomaly"));
    keys.put(
        "metric",
        List.of("name", "metric", "column", "min", "max", "warn_min", "warn_max", "anomaly"));
    for (Metric m : Metric.SHORTHANDS) {
      keys.put(
          m.yamlName(), List.of("name", "column", "min", "max", "warn_min", "warn_max", "anomaly"));
    }
    keys.put("drift", List.of("name", "column", "method", "warn", "fail", "bins"));
    keys.put("freshness", List.of("name", "column", "max_age", "warn_age", "anomaly"));
    keys.put("sql", List.of("name", "query", "column", "min", "max", "warn_min", "warn_max"));
    return Map.copyOf(keys);
  }

  static final List<String> TYPES =
      List.of(
          "row_count",
          "not_null",
          "unique",
          "range",
          "accepted_values",
          "regex",
          "null_rate",
          "mean",
          "median",
          "stddev",
          "sum",
          "distinct_count",
          "duplicate_count",
          "avg_length",
          "metric",
          "drift",
          "freshness",
          "sql");

  List<Check> parse(YamlList list, ParseContext ctx) {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode item = list.items().get(i);
      ctx.record("checks[" + i + "]", item.position());
      if (!(item instanceof YamlMap map)) {
        ctx.wrongType(
            item, "check", "a mapping with the check type as key, e.g. '- not_null: [id]'");
        continue;
      }
      if (map.entries().size() != 1) {
        ctx.error(
            map.position(),
            "invalid-check",
            "a check is one key, its type, with the parameters nested under it; found "
                + map.entries().size()
                + " keys ("
                + String.join(", ", map.keys())
                + ")");
        continue;
      }
      YamlMap.Entry entry = map.entries().get(0);
      String type = entry.key();
      if (!TYPES.contains(type)) {
        ctx.error(
            entry.keyPosition(),
            "unknown-check-type",
            "unknown check type '"
                + type
                + "'"
                + Suggestions.didYouMean(type, TYPES)
                + "; expected one of: "
                + String.join(", ", TYPES));
        continue;
      }
      CheckArgs args = new CheckArgs(type, entry.value(), entry.keyPosition(), ctx);
      checks.addAll(parseOne(args));
    }
    return checks;
  }

  private List<Check> parseOne(CheckArgs a) {
    if (a.type.equals("not_null")) {
      return notNull(a);
    }
    if (a.type.equals("unique")) {
      return a.listOrMap() ? unique(a) : List.of();
    }
    if (!a.mapping()) {
      return List.of();
    }
    Optional<? extends Check> check =
        switch (a.type) {
          case "row_count" -> rowCount(a);
          case "range" -> range(a);
          case "accepted_values" -> acceptedValues(a);
          case "regex" -> regex(a);
          case "null_rate" -> nullRate(a);
          case "metric" -> metric(a, null);
          case "drift" -> drift(a);
          case "freshness" -> freshness(a);
          case "sql" -> sql(a);
          default -> metric(a, Metric.parse(a.type).orElseThrow());
        };
    return check.<List<Check>>map(List::of).orElse(List.of());
  }

  // ---- row-level checks ------------------------------------------------------------------

  private List<Check> notNull(CheckArgs a) {
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

  private List<Check> unique(CheckArgs a) {
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

  private Optional<RangeCheck> range(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Optional<RangeBound> min = a.optional("min").flatMap(n -> rangeBound(a, n, "min"));
    Optional<RangeBound> max = a.optional("max").flatMap(n -> rangeBound(a, n, "max"));
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
      } else if (compare(lo, hi) > 0) {
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

  private static int compare(RangeBound lo, RangeBound hi) {
    if (lo instanceof RangeBound.NumericBound l && hi instanceof RangeBound.NumericBound h) {
      return l.value().compareTo(h.value());
    }
    return instant(lo).compareTo(instant(hi));
  }

  private static Instant instant(RangeBound b) {
    if (b instanceof RangeBound.DateBound d) {
      return d.value().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
    return ((RangeBound.TimestampBound) b).value();
  }

  private static Optional<RangeBound> rangeBound(CheckArgs a, YamlNode node, String key) {
    if (node instanceof YamlScalar s && s.isNumber()) {
      try {
        return Optional.of(new RangeBound.NumericBound(new BigDecimal(s.text().replace("_", ""))));
      } catch (NumberFormatException e) {
        a.error(node, "invalid-value", key + ": '" + s.text() + "' is not a decimal number");
        return Optional.empty();
      }
    }
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      try {
        return Optional.of(new RangeBound.DateBound(LocalDate.parse(s.text())));
      } catch (DateTimeParseException notDate) {
        try {
          return Optional.of(
              new RangeBound.TimestampBound(OffsetDateTime.parse(s.text()).toInstant()));
        } catch (DateTimeParseException notTimestamp) {
          a.error(
              node,
              "invalid-value",
              key
                  + ": '"
                  + s.text()
                  + "' is neither a number, an ISO"
                  + " date (2024-01-31) nor an ISO timestamp with offset (2024-01-31T12:00:00Z)");
          return Optional.empty();
        }
      }
    }
    a.ctx.wrongType(node, key, "a number, an ISO date or an ISO timestamp");
    return Optional.empty();
  }

  private Optional<AcceptedValuesCheck> acceptedValues(CheckArgs a) {
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

  private Optional<RegexCheck> regex(CheckArgs a) {
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

  // ---- aggregate checks ------------------------------------------------------------------

  private Optional<RowCountCheck> rowCount(CheckArgs a) {
    Bounds fail = a.bounds("min", "max");
    Bounds warn = a.bounds("warn_min", "warn_max");
    a.warnInsideFail(fail, warn);
    if (fail.min() != null && fail.min() < 0 || fail.max() != null && fail.max() < 0) {
      a.error(
          a.map.get(fail.min() != null && fail.min() < 0 ? "min" : "max").orElseThrow(),
          "bad-threshold",
          "a row count cannot be negative");
    }
    AnomalySpec anomaly = a.anomaly();
    if (fail.isEmpty() && warn.isEmpty() && anomaly == null) {
      a.ctx.error(
          a.map.position(),
          "missing-key",
          "row_count needs min, max, warn_min, warn_max or anomaly");
      return Optional.empty();
    }
    String base =
        anomaly != null && fail.isEmpty() && warn.isEmpty() ? "row_count_anomaly" : "row_count";
    return Optional.of(new RowCountCheck(a.name().orElse(base), fail, warn, anomaly, a.position));
  }

  private Optional<NullRateCheck> nullRate(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Thresholds t = a.upperThresholds(1.0, "a null rate is a fraction in [0, 1]");
    AnomalySpec anomaly = a.anomaly();
    if (t.isEmpty() && anomaly == null && !a.map.has("warn") && !a.map.has("fail")) {
      a.ctx.error(a.map.position(), "missing-key", "null_rate needs warn, fail or anomaly");
    }
    String base = anomaly != null && t.isEmpty() ? "null_rate_anomaly" : "null_rate";
    return column.map(
        c ->
            new NullRateCheck(
                a.name().orElse(derived(base, c.name())), c.name(), t, anomaly, a.position));
  }

  private Optional<MetricCheck> metric(CheckArgs a, Metric shorthand) {
    Metric metric = shorthand;
    if (shorthand == null) {
      metric =
          a.required("metric")
              .flatMap(
                  n ->
                      a.ctx
                          .string(n, "metric")
                          .flatMap(
                              s -> {
                                Optional<Metric> m = Metric.parse(s);
                                if (m.isEmpty()) {
                                  a.error(
                                      n,
                                      "invalid-value",
                                      ContractParser.oneOf("metric", s, Metric.yamlNames()));
                                }
                                return m;
                              }))
              .orElse(null);
    }
    Optional<CheckArgs.Column> column = a.column();
    Bounds fail = a.bounds("min", "max");
    Bounds warn = a.bounds("warn_min", "warn_max");
    a.warnInsideFail(fail, warn);
    AnomalySpec anomaly = a.anomaly();
    String label = metric == null ? a.type : metric.yamlName();
    if (fail.isEmpty() && warn.isEmpty() && anomaly == null) {
      a.ctx.error(
          a.map.position(),
          "missing-key",
          label + " needs min, max, warn_min, warn_max or anomaly");
      return Optional.empty();
    }
    if (metric == null || column.isEmpty()) {
      return Optional.empty();
    }
    String base = anomaly != null && fail.isEmpty() && warn.isEmpty() ? label + "_anomaly" : label;
    Metric m = metric;
    return column.map(
        c ->
            new MetricCheck(
                a.name().orElse(derived(base, c.name())),
                m,
                c.name(),
                fail,
                warn,
                anomaly,
                a.position));
  }

  private Optional<DriftCheck> drift(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    DriftMethod method =
        a.optional("method")
            .flatMap(
                n ->
                    a.ctx
                        .string(n, "method")
                        .flatMap(
                            s -> {
                              Optional<DriftMethod> m = DriftMethod.parse(s);
                              if (m.isEmpty()) {
                                a.error(
                                    n,
                                    "invalid-value",
                                    ContractParser.oneOf(
                                        "drift method", s, DriftMethod.yamlNames()));
                              }
                              return m;
                            }))
            .orElse(DriftMethod.PSI);
    Thresholds t =
        method.unitInterval()
            ? a.upperThresholds(1.0, "the " + method.yamlName() + " statistic lies in [0, 1]")
            : a.upperThresholds(Double.MAX_VALUE, "");
    if (!a.map.has("warn") && !a.map.has("fail")) {
      a.ctx.error(a.map.position(), "missing-key", "drift needs warn, fail or both");
    }
    int bins =
        a.optional("bins")
            .flatMap(
                n ->
                    a.ctx
                        .integer(n, "bins")
                        .filter(
                            b -> {
                              if (b < 2 || b > 1000) {
                                a.error(n, "bad-threshold", "bins must be between 2 and 1000");
                                return false;
                              }
                              if (method == DriftMethod.KS || method == DriftMethod.CHI_SQUARED) {
                                a.ctx.warning(
                                    n.position(),
                                    "invalid-value",
                                    "bins is ignored by "
                                        + method.yamlName()
                                        + " (only psi and js bin values)");
                              }
                              return true;
                            }))
            .orElse(DriftCheck.DEFAULT_BINS);
    return column.map(
        c ->
            new DriftCheck(
                a.name().orElse(derived("drift", c.name())),
                c.name(),
                method,
                t,
                bins,
                a.position));
  }

  private Optional<FreshnessCheck> freshness(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Optional<Duration> maxAge = a.required("max_age").flatMap(n -> duration(a, n, "max_age"));
    Optional<Duration> warnAge = a.optional("warn_age").flatMap(n -> duration(a, n, "warn_age"));
    AnomalySpec anomaly = a.anomaly();
    if (maxAge.isPresent() && warnAge.isPresent() && warnAge.get().compareTo(maxAge.get()) >= 0) {
      a.error(
          a.map.get("warn_age").orElseThrow(),
          "bad-threshold",
          "warn_age ("
              + Durations.format(warnAge.get())
              + ") must be shorter than max_age ("
              + Durations.format(maxAge.get())
              + "): the warning comes first");
    }
    if (column.isEmpty() || maxAge.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new FreshnessCheck(
            a.name().orElse(derived("freshness", column.get().name())),
            column.get().name(),
            maxAge.get(),
            warnAge.orElse(null),
            anomaly,
            a.position));
  }

  static Optional<Duration> duration(CheckArgs a, YamlNode node, String key) {
    if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.STRING) {
      a.error(
          node,
          "bad-duration",
          key
              + ": "
              + Durations.EXPECTED
              + ", found "
              + node.describe()
              + (node instanceof YamlScalar s && s.isNumber() ? " (add a unit)" : ""));
      return Optional.empty();
    }
    Optional<Duration> d = Durations.parse(s.text());
    if (d.isEmpty()) {
      a.error(
          node,
          "bad-duration",
          "invalid duration '" + s.text() + "' for " + key + ": " + Durations.EXPECTED);
    }
    return d;
  }

  private Optional<SqlCheck> sql(CheckArgs a) {
    Optional<String> name = a.required("name").flatMap(n -> a.name());
    Optional<CheckArgs.Column> column = a.optional("column").flatMap(n -> a.columnValue(n));
    Optional<String> query =
        a.required("query")
            .flatMap(
                n ->
                    a.ctx
                        .string(n, "query")
                        .filter(
                            q -> {
                              boolean ok = true;
                              if (q.isBlank()) {
                                a.error(n, "invalid-value", "query must not be empty");
                                return false;
                              }
                              Matcher m = PLACEHOLDER.matcher(q);
                              boolean usesTable = false;
                              while (m.find()) {
                                String p = m.group(1);
                                if (p.equals("table")) {
                                  usesTable = true;
                                } else if (p.equals("column")) {
                                  if (!a.map.has("column")) {
                                    a.error(
                                        n,
                                        "bad-placeholder",
                                        "query uses {column} but the check has no column");
                                    ok = false;
                                  }
                                } else {
                                  a.error(
                                      n,
                                      "bad-placeholder",
                                      "unknown placeholder {"
                                          + p
                                          + "}"
                                          + Suggestions.didYouMean(p, PLACEHOLDERS)
                                          + "; a query may use {table} and {column}");
                                  ok = false;
                                }
                              }
                              if (!usesTable) {
                                a.ctx.warning(
                                    n.position(),
                                    "sql-without-table",
                                    "query does not use {table}: a hard-coded"
                                        + " table name bypasses the dataset's table and load scope");
                              }
                              if (q.strip().replaceAll(";\\s*$", "").contains(";")) {
                                a.error(n, "invalid-value", "query must be a single statement");
                                ok = false;
                              }
                              return ok;
                            }));
    Bounds fail = a.bounds("min", "max");
    Bounds warn = a.bounds("warn_min", "warn_max");
    a.warnInsideFail(fail, warn);
    if (fail.isEmpty()
        && warn.isEmpty()
        && !a.map.has("min")
        && !a.map.has("max")
        && !a.map.has("warn_min")
        && !a.map.has("warn_max")) {
      a.ctx.error(
          a.map.position(),
          "missing-key",
          "sql needs min, max, warn_min or warn_max for the number its query returns");
    }
    if (name.isEmpty() || query.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SqlCheck(
            name.get(),
            query.get(),
            column.map(CheckArgs.Column::name).orElse(null),
            fail,
            warn,
            a.position));
  }

  static String derived(String type, String columns) {
    return type + "(" + columns + ")";
  }
}

package org.pactum.contracts.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.Metric;

/**
 * Parses the {@code checks:} list. Each item is a one-key mapping, the check type, with the
 * parameters under it; list forms expand ({@code not_null: [a, b]} is two checks). Names are
 * derived when absent so they stay stable across contract versions.
 */
final class CheckParser {

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

  private final RowCheckParser rows = new RowCheckParser();
  private final AggregateCheckParser aggregates = new AggregateCheckParser();
  private final SqlCheckParser sql = new SqlCheckParser();

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
      return rows.notNull(a);
    }
    if (a.type.equals("unique")) {
      return a.listOrMap() ? rows.unique(a) : List.of();
    }
    if (!a.mapping()) {
      return List.of();
    }
    Optional<? extends Check> check =
        switch (a.type) {
          case "row_count" -> aggregates.rowCount(a);
          case "range" -> rows.range(a);
          case "accepted_values" -> rows.acceptedValues(a);
          case "regex" -> rows.regex(a);
          case "null_rate" -> aggregates.nullRate(a);
          case "metric" -> aggregates.metric(a, null);
          case "drift" -> aggregates.drift(a);
          case "freshness" -> aggregates.freshness(a);
          case "sql" -> sql.parse(a);
          default -> aggregates.metric(a, Metric.parse(a.type).orElseThrow());
        };
    return check.<List<Check>>map(List::of).orElse(List.of());
  }

  /** The name a check gets when the contract gives none, e.g. {@code not_null(id)}. */
  static String derived(String type, String columns) {
    return type + "(" + columns + ")";
  }
}

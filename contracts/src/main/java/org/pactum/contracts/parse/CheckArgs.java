package org.pactum.contracts.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.Thresholds;

/**
 * One check's parameters with reporting accessors for what many check types share: the column(s),
 * the name, row-level thresholds ({@code mostly}/{@code warn}/{@code fail}), upper-limit
 * thresholds, metric bounds and anomaly settings.
 */
final class CheckArgs {

  /** A column: an identifier, or a dotted path into nested records. */
  static final Pattern COLUMN =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

  /** A column named by a check, with where it was written. */
  record Column(String name, SourcePosition position) {}

  final String type;
  final YamlNode value;
  final SourcePosition position;
  final ParseContext ctx;
  YamlMap map = new YamlMap(List.of(), SourcePosition.UNKNOWN);
  YamlList list;

  CheckArgs(String type, YamlNode value, SourcePosition position, ParseContext ctx) {
    this.type = type;
    this.value = value;
    this.position = position;
    this.ctx = ctx;
  }

  /** The parameters must be a mapping; reports and returns false otherwise. */
  boolean mapping() {
    if (value instanceof YamlScalar s && s.isNull()) {
      ctx.error(
          value.position(),
          "wrong-type",
          type + ": expected a mapping of parameters, found nothing");
      return false;
    }
    Optional<YamlMap> m = ctx.map(value, type);
    m.ifPresent(this::useMap);
    return m.isPresent();
  }

  /** The parameters may be a list of columns or a mapping. */
  boolean listOrMap() {
    if (value instanceof YamlList l) {
      list = l;
      return true;
    }
    if (value instanceof YamlMap m) {
      useMap(m);
      return true;
    }
    ctx.wrongType(value, type, "a list of columns or a mapping");
    return false;
  }

  private void useMap(YamlMap m) {
    map = m;
    ctx.onlyKeys(m, CheckParser.KEYS.get(type), type);
  }

  Optional<YamlNode> optional(String key) {
    return ctx.optional(map, key);
  }

  Optional<YamlNode> required(String key) {
    return ctx.required(map, key, type);
  }

  void error(YamlNode node, String code, String message) {
    ctx.error(node.position(), code, message);
  }

  Optional<String> name() {
    return optional("name")
        .flatMap(
            n ->
                ctx.string(n, "name")
                    .filter(
                        s -> {
                          if (s.isBlank() || s.length() > 200) {
                            error(n, "invalid-value", "a check name must be 1 to 200 characters");
                            return false;
                          }
                          return true;
                        }));
  }

  Optional<Column> column() {
    return required("column").flatMap(this::columnValue);
  }

  Optional<Column> columnValue(YamlNode n) {
    return ctx.string(n, "column")
        .flatMap(
            s -> {
              if (!COLUMN.matcher(s).matches()) {
                error(
                    n,
                    "invalid-value",
                    "invalid column '"
                        + s
                        + "': expected a column name or a dotted path to a nested field");
                return Optional.empty();
              }
              return Optional.of(new Column(s, n.position()));
            });
  }

  /** Columns from a list form, or from {@code column}/{@code columns} of the mapping form. */
  List<Column> columns() {
    List<YamlNode> nodes = new ArrayList<>();
    if (list != null) {
      nodes.addAll(list.items());
      if (nodes.isEmpty()) {
        ctx.error(list.position(), "invalid-value", type + " needs at least one column");
      }
    } else if (map.has("column") && map.has("columns")) {
      ctx.error(
          map.entry("columns").orElseThrow().keyPosition(),
          "invalid-check",
          "give either column or columns, not both");
    } else if (map.has("columns")) {
      optional("columns")
          .flatMap(n -> ctx.list(n, "columns"))
          .ifPresent(
              l -> {
                nodes.addAll(l.items());
                if (l.items().isEmpty()) {
                  ctx.error(l.position(), "invalid-value", type + " needs at least one column");
                }
              });
    } else {
      required("column").ifPresent(nodes::add);
    }
    List<Column> out = new ArrayList<>();
    for (YamlNode n : nodes) {
      columnValue(n).ifPresent(out::add);
    }
    return out;
  }

  /** {@code mostly}, {@code warn}, {@code fail} of a row-level check (failing-row fractions). */
  Thresholds rowThresholds() {
    Optional<YamlNode> mostlyNode = optional("mostly");
    Double mostly =
        mostlyNode
            .flatMap(
                n ->
                    ctx.number(n, "mostly")
                        .filter(
                            v -> {
                              if (v <= 0 || v > 1) {
                                error(
                                    n,
                                    "bad-threshold",
                                    "mostly must be in (0, 1], the fraction of rows that must pass; found "
                                        + v);
                                return false;
                              }
                              return true;
                            }))
            .orElse(null);
    String what = "a fraction of failing rows in [0, 1]";
    Double warn = fraction("warn", what);
    Double fail = fraction("fail", what);
    if (mostlyNode.isPresent() && map.has("fail")) {
      error(
          mostlyNode.get(),
          "bad-threshold",
          "give either mostly or fail, not both (mostly: m means fail: 1 - m)");
      return Thresholds.STRICT;
    }
    if (mostly != null) {
      fail = Thresholds.failFromMostly(mostly);
    }
    if (warn == null && fail == null) {
      return Thresholds.STRICT;
    }
    if (warn != null && fail != null && warn > fail) {
      error(
          map.get("warn").orElseThrow(),
          "bad-threshold",
          "warn ("
              + warn
              + ") must not exceed the fail limit ("
              + fail
              + "): warnings come before"
              + " failures");
    }
    return new Thresholds(warn, fail);
  }

  private Double fraction(String key, String what) {
    return optional(key)
        .flatMap(
            n ->
                ctx.number(n, key)
                    .filter(
                        v -> {
                          if (v < 0 || v > 1) {
                            error(n, "bad-threshold", key + " must be " + what + "; found " + v);
                            return false;
                          }
                          return true;
                        }))
        .orElse(null);
  }

  /** {@code warn}/{@code fail} upper limits in {@code [0, max]}, warn not above fail. */
  Thresholds upperThresholds(double max, String reason) {
    Function<String, Double> read =
        key ->
            optional(key)
                .flatMap(
                    n ->
                        ctx.number(n, key)
                            .filter(
                                v -> {
                                  if (v < 0 || v > max) {
                                    error(
                                        n,
                                        "bad-threshold",
                                        key
                                            + " must be "
                                            + (max == 1.0 ? "in [0, 1]" : "at least 0")
                                            + (reason.isEmpty() ? "" : " (" + reason + ")")
                                            + "; found "
                                            + v);
                                    return false;
                                  }
                                  return true;
                                }))
                .orElse(null);
    Double warn = read.apply("warn");
    Double fail = read.apply("fail");
    if (warn != null && fail != null && warn > fail) {
      error(
          map.get("warn").orElseThrow(),
          "bad-threshold",
          "warn (" + warn + ") must not exceed fail (" + fail + "): warnings come before failures");
    }
    return new Thresholds(warn, fail);
  }

  Bounds bounds(String minKey, String maxKey) {
    Double min = optional(minKey).flatMap(n -> ctx.number(n, minKey)).orElse(null);
    Double max = optional(maxKey).flatMap(n -> ctx.number(n, maxKey)).orElse(null);
    if (min != null && max != null && min > max) {
      error(
          map.get(minKey).orElseThrow(),
          "bad-threshold",
          minKey + " (" + fmt(min) + ") is greater than " + maxKey + " (" + fmt(max) + ")");
      return Bounds.NONE;
    }
    return new Bounds(min, max);
  }

  /** The warning band must lie inside the failing band, or the warning could never fire. */
  void warnInsideFail(Bounds fail, Bounds warn) {
    if (warn.min() != null && fail.min() != null && warn.min() < fail.min()) {
      error(
          map.get("warn_min").orElseThrow(),
          "bad-threshold",
          "warn_min ("
              + fmt(warn.min())
              + ") is below min ("
              + fmt(fail.min())
              + "): the warning band must lie inside the failing band");
    }
    if (warn.max() != null && fail.max() != null && warn.max() > fail.max()) {
      error(
          map.get("warn_max").orElseThrow(),
          "bad-threshold",
          "warn_max ("
              + fmt(warn.max())
              + ") is above max ("
              + fmt(fail.max())
              + "): the warning band must lie inside the failing band");
    }
  }

  /** The {@code anomaly} parameters with defaults, or null when absent. */
  AnomalySpec anomaly() {
    return AnomalyArgs.parse(this);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** A duration such as {@code 6h} or {@code 2d}, reporting a missing unit or a bad value. */
  Optional<Duration> duration(YamlNode node, String key) {
    if (!(node instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.STRING) {
      error(
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
      error(
          node,
          "bad-duration",
          "invalid duration '" + s.text() + "' for " + key + ": " + Durations.EXPECTED);
    }
    return d;
  }
}

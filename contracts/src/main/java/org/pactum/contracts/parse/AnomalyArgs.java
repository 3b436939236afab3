package org.pactum.contracts.parse;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pactum.contracts.model.AnomalyDirection;
import org.pactum.contracts.model.AnomalyMethod;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Seasonality;

/** Parses a check's {@code anomaly:} mapping; every error names the key's line and column. */
final class AnomalyArgs {
  static final List<String> KEYS =
      List.of(
          "sensitivity",
          "warn_sensitivity",
          "fail_sensitivity",
          "method",
          "seasonality",
          "min_history",
          "window",
          "max_age",
          "direction",
          "min_change",
          "min_change_pct",
          "fail_on_zero");

  private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

  private final CheckArgs args;
  private final ParseContext ctx;
  private final YamlMap am;

  private AnomalyArgs(CheckArgs args, YamlMap am) {
    this.args = args;
    this.ctx = args.ctx;
    this.am = am;
  }

  /** The {@code anomaly} parameters with defaults, or null when absent or not a mapping. */
  static AnomalySpec parse(CheckArgs args) {
    Optional<YamlMap.Entry> entry = args.map.entry("anomaly");
    if (entry.isEmpty()) {
      return null;
    }
    YamlNode node = entry.get().value();
    if (node instanceof YamlScalar s && s.isNull()) {
      return AnomalySpec.DEFAULTS;
    }
    Optional<YamlMap> m = args.ctx.map(node, "anomaly");
    if (m.isEmpty()) {
      return null;
    }
    args.ctx.onlyKeys(m.get(), KEYS, "anomaly");
    return new AnomalyArgs(args, m.get()).spec();
  }

  private AnomalySpec spec() {
    double sensitivity = sensitivity("sensitivity").orElse(AnomalySpec.DEFAULT_SENSITIVITY);
    Optional<YamlNode> warnNode = ctx.optional(am, "warn_sensitivity");
    double warn = sensitivity("warn_sensitivity").orElse(Double.NaN);
    Optional<YamlNode> failNode = ctx.optional(am, "fail_sensitivity");
    double fail = sensitivity("fail_sensitivity").orElse(Double.NaN);
    double effWarn = Double.isNaN(warn) ? sensitivity : warn;
    if (failNode.isPresent() && !Double.isNaN(fail) && fail < effWarn) {
      args.error(
          failNode.get(),
          "bad-threshold",
          "fail_sensitivity ("
              + fail
              + ") must be at least the warning sensitivity ("
              + effWarn
              + (warnNode.isPresent() ? ", warn_sensitivity" : ", sensitivity")
              + "): the failing band lies outside the warning band");
    }
    Seasonality seasonality =
        choice("seasonality", Seasonality::parse, Seasonality.yamlNames())
            .orElse(AnomalySpec.DEFAULT_SEASONALITY);
    AnomalyMethod method =
        choice("method", AnomalyMethod::parse, AnomalyMethod.yamlNames())
            .orElse(AnomalyMethod.BAND);
    AnomalyDirection direction =
        choice("direction", AnomalyDirection::parse, AnomalyDirection.yamlNames())
            .orElse(AnomalyDirection.BOTH);
    int minHistory = minHistory();
    Optional<YamlNode> windowNode = ctx.optional(am, "window");
    int window =
        windowNode
            .flatMap(n -> ctx.integer(n, "window"))
            .orElse(Math.max(AnomalySpec.DEFAULT_WINDOW, minHistory));
    if (windowNode.isPresent() && window < minHistory) {
      args.error(
          windowNode.get(),
          "bad-threshold",
          "window (" + window + ") must be at least min_history (" + minHistory + ")");
    }
    Duration maxAge =
        ctx.optional(am, "max_age")
            .flatMap(n -> args.duration(n, "max_age"))
            .orElse(AnomalySpec.DEFAULT_MAX_AGE);
    double minChange = nonNegative("min_change", Double.MAX_VALUE).orElse(0.0);
    double minChangePct = nonNegative("min_change_pct", 100).orElse(0.0);
    boolean failOnZero = ctx.optional(am, "fail_on_zero").flatMap(this::bool).orElse(false);
    return new AnomalySpec(
        sensitivity,
        seasonality,
        minHistory,
        window,
        direction,
        method,
        warn,
        fail,
        minChange,
        minChangePct,
        failOnZero,
        maxAge);
  }

  private Optional<Double> sensitivity(String key) {
    return ctx.optional(am, key)
        .flatMap(
            n ->
                ctx.number(n, key)
                    .filter(
                        v -> {
                          if (v <= 0 || v > 10) {
                            args.error(
                                n,
                                "bad-threshold",
                                key
                                    + " must be above 0 and at most 10 (band width in standard"
                                    + " deviations); found "
                                    + v);
                            return false;
                          }
                          return true;
                        }));
  }

  private Optional<Double> nonNegative(String key, double max) {
    return ctx.optional(am, key)
        .flatMap(
            n ->
                ctx.number(n, key)
                    .filter(
                        v -> {
                          if (v < 0 || v > max) {
                            args.error(
                                n,
                                "bad-threshold",
                                key
                                    + (max < Double.MAX_VALUE
                                        ? " must be between 0 and " + (long) max
                                        : " must not be negative")
                                    + "; found "
                                    + v);
                            return false;
                          }
                          return true;
                        }));
  }

  private int minHistory() {
    return ctx.optional(am, "min_history")
        .flatMap(
            n ->
                ctx.integer(n, "min_history")
                    .filter(
                        v -> {
                          if (v < 3) {
                            args.error(
                                n,
                                "bad-threshold",
                                "min_history must be at least 3 observations; found " + v);
                            return false;
                          }
                          return true;
                        }))
        .orElse(AnomalySpec.DEFAULT_MIN_HISTORY);
  }

  private <T> Optional<T> choice(
      String key, Function<String, Optional<T>> parse, List<String> allowed) {
    return ctx.optional(am, key)
        .flatMap(
            n ->
                ctx.string(n, key)
                    .flatMap(
                        s -> {
                          Optional<T> v = parse.apply(s);
                          if (v.isEmpty()) {
                            args.error(n, "invalid-value", ContractParser.oneOf(key, s, allowed));
                          }
                          return v;
                        }));
  }

  private Optional<Boolean> bool(YamlNode n) {
    if (n instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
      return Optional.of(TRUE.contains(s.text().toLowerCase(Locale.ROOT)));
    }
    ctx.wrongType(n, "fail_on_zero", "true or false");
    return Optional.empty();
  }
}

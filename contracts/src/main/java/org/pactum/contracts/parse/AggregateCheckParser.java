package org.pactum.contracts.parse;

import static org.pactum.contracts.parse.CheckParser.derived;

import java.time.Duration;
import java.util.Optional;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.Thresholds;

/**
 * Parses the aggregate check types: {@code row_count}, {@code null_rate}, {@code metric} and its
 * shorthands ({@code mean}, {@code sum}, …), {@code drift} and {@code freshness}. Each judges one
 * number computed over the table against bounds, upper thresholds or a learned anomaly band.
 */
final class AggregateCheckParser {

  Optional<RowCountCheck> rowCount(CheckArgs a) {
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
      if (!a.map.has("anomaly")) { // a bad anomaly mapping is reported where it is
        a.ctx.error(
            a.map.position(),
            "missing-key",
            "row_count needs min, max, warn_min, warn_max or anomaly");
      }
      return Optional.empty();
    }
    String base =
        anomaly != null && fail.isEmpty() && warn.isEmpty() ? "row_count_anomaly" : "row_count";
    return Optional.of(new RowCountCheck(a.name().orElse(base), fail, warn, anomaly, a.position));
  }

  Optional<NullRateCheck> nullRate(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Thresholds t = a.upperThresholds(1.0, "a null rate is a fraction in [0, 1]");
    AnomalySpec anomaly = a.anomaly();
    if (t.isEmpty()
        && anomaly == null
        && !a.map.has("warn")
        && !a.map.has("fail")
        && !a.map.has("anomaly")) {
      a.ctx.error(a.map.position(), "missing-key", "null_rate needs warn, fail or anomaly");
    }
    String base = anomaly != null && t.isEmpty() ? "null_rate_anomaly" : "null_rate";
    return column.map(
        c ->
            new NullRateCheck(
                a.name().orElse(derived(base, c.name())), c.name(), t, anomaly, a.position));
  }

  Optional<MetricCheck> metric(CheckArgs a, Metric shorthand) {
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
      if (!a.map.has("anomaly")) { // a bad anomaly mapping is reported where it is
        a.ctx.error(
            a.map.position(),
            "missing-key",
            label + " needs min, max, warn_min, warn_max or anomaly");
      }
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

  Optional<DriftCheck> drift(CheckArgs a) {
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

  Optional<FreshnessCheck> freshness(CheckArgs a) {
    Optional<CheckArgs.Column> column = a.column();
    Optional<Duration> maxAge = a.required("max_age").flatMap(n -> a.duration(n, "max_age"));
    Optional<Duration> warnAge = a.optional("warn_age").flatMap(n -> a.duration(n, "warn_age"));
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
}

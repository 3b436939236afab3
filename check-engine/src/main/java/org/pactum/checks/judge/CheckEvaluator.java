package org.pactum.checks.judge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Frequencies;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.learn.DriftReference;
import org.pactum.checks.learn.LearnedMetrics;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Judges measured values against a check's thresholds, following the contract format's semantics:
 * row-level checks by the fraction of failing rows ({@code warn}/{@code fail}/{@code mostly}),
 * metric checks by inclusive bands ({@code min}/{@code max} fail, {@code warn_min}/{@code warn_max}
 * warn), {@code null_rate} by upper limits, freshness by age, and anomaly and drift criteria
 * through {@link LearnedThresholds}.
 */
public final class CheckEvaluator {
  private final LearnedThresholds learned;
  private final String dataset;
  private final String runId;
  private final Instant now;

  public CheckEvaluator(LearnedThresholds learned, String dataset, String runId, Instant now) {
    this.learned = learned;
    this.dataset = dataset;
    this.runId = runId;
    this.now = now;
  }

  public CheckOutcome evaluate(ResolvedCheck rc, Measurements m, DriftReference reference) {
    Check check = rc.check();
    long rows = m.count(MetricKey.ROW_COUNT);
    if (check instanceof RowCountCheck c) {
      return bounded(rc, "row_count", "", (double) rows, c.fail(), c.warn(), c.anomaly());
    }
    if (check instanceof NotNullCheck c) {
      return RowFractionJudge.rowLevel(
          rc, c, m.count(MetricKey.nullCount(c.column())), rows, "null", "rows");
    }
    if (check instanceof UniqueCheck c && c.columns().size() == 1) {
      String col = c.columns().get(0);
      long nonNull = m.count(MetricKey.nonNullCount(col));
      long distinct = m.count(MetricKey.distinctCount(col));
      return byIndex(
          rc,
          RowFractionJudge.rowLevel(
              rc,
              c,
              nonNull - distinct,
              nonNull,
              "duplicates (beyond a value's first occurrence)",
              "non-null values"));
    }
    if (check instanceof UniqueCheck c) {
      long keyRows = m.count(MetricKey.keyRows(c.name()));
      long dupRows = m.count(MetricKey.duplicateRows(c.name()));
      long dupKeys = m.count(MetricKey.duplicateKeys(c.name()));
      CheckOutcome o =
          RowFractionJudge.rowLevel(
              rc,
              c,
              dupRows,
              keyRows,
              "duplicates (beyond a key's first occurrence)",
              "rows with a complete key");
      return dupKeys == 0
          ? byIndex(rc, o)
          : withMessage(
              o,
              o.message()
                  + "; "
                  + dupKeys
                  + (dupKeys == 1 ? " key occurs" : " keys occur")
                  + " more than once");
    }
    if (check instanceof RangeCheck c) {
      String band =
          "["
              + (c.min() == null ? "-∞" : c.min().text())
              + ", "
              + (c.max() == null ? "∞" : c.max().text())
              + "]";
      return RowFractionJudge.rowLevel(
          rc,
          c,
          m.count(MetricKey.violations(c.name())),
          m.count(MetricKey.nonNullCount(c.column())),
          "outside " + band,
          "non-null values");
    }
    if (check instanceof AcceptedValuesCheck c) {
      return RowFractionJudge.rowLevel(
          rc,
          c,
          m.count(MetricKey.violations(c.name())),
          m.count(MetricKey.nonNullCount(c.column())),
          "not accepted values",
          "non-null values");
    }
    if (check instanceof RegexCheck c) {
      return RowFractionJudge.rowLevel(
          rc,
          c,
          m.count(MetricKey.violations(c.name())),
          m.count(MetricKey.nonNullCount(c.column())),
          "not matching the pattern",
          "non-null values");
    }
    if (check instanceof NullRateCheck c) {
      return nullRate(rc, c, m.count(MetricKey.nullCount(c.column())), rows);
    }
    if (check instanceof MetricCheck c && c.metric() == Metric.DUPLICATE_COUNT) {
      double duplicates = m.duplicateCount(c.column());
      return bounded(
          rc, "duplicate_count", c.column(), duplicates, c.fail(), c.warn(), c.anomaly());
    }
    if (check instanceof MetricCheck c) {
      MetricKey key = MetricKey.column(c.metric().yamlName(), c.column());
      Optional<Double> v = m.number(key);
      if (v.isEmpty()) {
        return BandJudge.undefined(
            rc, c.metric().yamlName() + "(" + c.column() + ")", c.fail(), c.warn(), rows);
      }
      return bounded(
          rc, c.metric().yamlName(), c.column(), v.get(), c.fail(), c.warn(), c.anomaly());
    }
    if (check instanceof FreshnessCheck c) {
      return freshness(rc, c, m.number(MetricKey.newestEpoch(c.column())));
    }
    if (check instanceof DriftCheck c) {
      return drift(rc, c, m, reference);
    }
    SqlCheck c = (SqlCheck) check;
    MetricKey key = MetricKey.ofCheck("value", c.name());
    if (m.raw(key) == null) {
      return outcome(
          rc,
          Status.ERROR,
          null,
          null,
          BandJudge.boundsMap(c.fail(), c.warn()),
          "the query returned no value (NULL or no row); a sql check must return one number");
    }
    Optional<Double> v;
    try {
      v = m.number(key);
    } catch (IllegalStateException e) {
      return outcome(
          rc,
          Status.ERROR,
          null,
          null,
          BandJudge.boundsMap(c.fail(), c.warn()),
          "the query returned a non-numeric value; a sql check must return one number");
    }
    return bounded(rc, "value", "", v.get(), c.fail(), c.warn(), null);
  }

  // --- row-level -------------------------------------------------------------------------------

  private CheckOutcome nullRate(ResolvedCheck rc, NullRateCheck c, long nulls, long rows) {
    CheckOutcome fixed = RowFractionJudge.nullRate(rc, c, nulls, rows);
    if (rows == 0) {
      return fixed;
    }
    return withAnomaly(fixed, "null_rate", c.column(), fixed.observedValue(), c.anomaly());
  }

  // --- bands -----------------------------------------------------------------------------------

  private CheckOutcome bounded(
      ResolvedCheck rc,
      String metric,
      String column,
      double value,
      Bounds fail,
      Bounds warn,
      AnomalySpec anomaly) {
    CheckOutcome fixed = BandJudge.judge(rc, metric, column, value, fail, warn);
    return withAnomaly(fixed, metric, column, value, anomaly);
  }

  private CheckOutcome withAnomaly(
      CheckOutcome fixed, String metric, String column, double value, AnomalySpec spec) {
    if (spec == null || Double.isNaN(value)) {
      return fixed;
    }
    Verdict v =
        learned.judgeAnomaly(new AnomalyQuestion(dataset, metric, column, value, spec, runId, now));
    Map<String, Object> limits = new LinkedHashMap<>(fixed.thresholds());
    Map<String, Object> anomaly = new LinkedHashMap<>();
    anomaly.put("sensitivity", spec.sensitivity());
    anomaly.put("seasonality", spec.seasonality().yamlName());
    anomaly.put("min_history", spec.minHistory());
    anomaly.put("window", spec.window());
    anomaly.put("direction", spec.direction().yamlName());
    anomaly.put("band", v.band());
    limits.put("anomaly", anomaly);
    return new CheckOutcome(
        fixed.checkName(),
        fixed.checkType(),
        fixed.column(),
        fixed.status().worst(v.status()),
        fixed.observedValue(),
        fixed.observedText(),
        limits,
        fixed.message() + "; " + v.message(),
        fixed.failedRowsSample(),
        fixed.position());
  }

  // --- freshness and drift --------------------------------------------------------------------

  private CheckOutcome freshness(ResolvedCheck rc, FreshnessCheck c, Optional<Double> newestEpoch) {
    CheckOutcome fixed = FreshnessJudge.judge(rc, c, newestEpoch, now);
    if (newestEpoch.isEmpty()) {
      return fixed;
    }
    return withAnomaly(
        fixed, LearnedMetrics.FRESHNESS_LAG, c.column(), fixed.observedValue(), c.anomaly());
  }

  private CheckOutcome drift(
      ResolvedCheck rc, DriftCheck c, Measurements m, DriftReference reference) {
    Histogram histogram = m.histogram(c.name()).orElse(null);
    Frequencies frequencies = m.frequencies(c.name()).orElse(null);
    ValueSample sample = m.sample(c.name()).orElse(null);
    Verdict v =
        learned.judgeDrift(
            new DriftQuestion(dataset, c, reference, histogram, frequencies, sample));
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("method", c.method().yamlName());
    if (c.thresholds().warn() != null) {
      limits.put("warn", c.thresholds().warn());
    }
    if (c.thresholds().fail() != null) {
      limits.put("fail", c.thresholds().fail());
    }
    limits.put("band", v.band());
    String observed =
        sample != null && histogram == null
            ? "sample of " + sample.size() + " values"
            : histogram != null
                ? histogram.binCount() + " bins over " + histogram.total() + " values"
                : frequencies != null
                    ? frequencies.distinct() + " categories over " + frequencies.total() + " values"
                    : null;
    return outcome(rc, v.status(), v.statistic(), observed, limits, v.message());
  }

  // --- helpers ---------------------------------------------------------------------------------

  static CheckOutcome outcome(
      ResolvedCheck rc,
      Status status,
      Double observed,
      String text,
      Map<String, Object> limits,
      String message) {
    return CheckOutcome.of(rc.check(), rc.position(), status, observed, text, limits, message);
  }

  /** Says where a uniqueness the database guarantees came from: the catalog, not a count. */
  private static CheckOutcome byIndex(ResolvedCheck rc, CheckOutcome o) {
    return rc.uniqueByIndex()
        ? withMessage(o, o.message() + " (a unique index keeps them distinct: not counted)")
        : o;
  }

  private static CheckOutcome withMessage(CheckOutcome o, String message) {
    return new CheckOutcome(
        o.checkName(),
        o.checkType(),
        o.column(),
        o.status(),
        o.observedValue(),
        o.observedText(),
        o.thresholds(),
        message,
        o.failedRowsSample(),
        o.position());
  }
}

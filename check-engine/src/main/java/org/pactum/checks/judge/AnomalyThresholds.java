package org.pactum.checks.judge;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.anomaly.AnomalyDetector;
import org.pactum.anomaly.AnomalyVerdict;
import org.pactum.anomaly.BaselineSettings;
import org.pactum.anomaly.Direction;
import org.pactum.anomaly.Method;
import org.pactum.anomaly.Observation;
import org.pactum.anomaly.Seasonality;
import org.pactum.anomaly.Series;
import org.pactum.checks.core.Status;
import org.pactum.checks.learn.BaselineApproval;
import org.pactum.checks.learn.MetricHistory;
import org.pactum.checks.learn.StoredMetric;
import org.pactum.contracts.model.AnomalySpec;

/**
 * The default {@link LearnedThresholds}: anomaly criteria judged by the {@code anomaly} module's
 * {@link AnomalyDetector} over the metric's history since its latest baseline reset (loads stored
 * as outliers are not learned from), drift by {@link DriftJudge}. The verdict's band carries {@code
 * expected}, {@code lower}/{@code upper} (WARN band), {@code fail_lower}/{@code fail_upper}, {@code
 * score}, {@code model}, {@code training_size}, {@code min_history}, {@code outlier} (this load is
 * not learned from later), {@code metric}, {@code column} and, after an approval, {@code reset}
 * (who, when, why).
 */
public final class AnomalyThresholds implements LearnedThresholds {
  private final MetricHistory history;
  private final DriftJudge drift = new DriftJudge();

  public AnomalyThresholds(MetricHistory history) {
    this.history = history;
  }

  @Override
  public Verdict judgeAnomaly(AnomalyQuestion q) {
    AnomalySpec spec = q.spec();
    BaselineSettings settings = settings(spec);
    // Outliers are skipped in training, so read a little beyond the window: still O(window).
    // Only what was observed by this observation's time: a backfilled day learns from earlier days.
    int limit = 2 * spec.window() + 5;
    List<StoredMetric> rows =
        history.recentBefore(q.dataset(), q.metric(), q.column(), limit, q.runId(), q.at());
    List<Observation> obs = new ArrayList<>();
    for (StoredMetric m : rows) {
      double v = m.value() == null ? Double.NaN : m.value();
      obs.add(new Observation(m.observedAt(), v, m.anomalous()));
    }
    String label = q.column().isEmpty() ? q.metric() : q.metric() + "(" + q.column() + ")";
    AnomalyVerdict v =
        new AnomalyDetector(settings)
            .judge(label, Series.of(obs), Observation.of(q.at(), q.value()));
    Map<String, Object> band = new LinkedHashMap<>();
    putFinite(band, "expected", v.expected());
    putFinite(band, "lower", v.warnLower());
    putFinite(band, "upper", v.warnUpper());
    putFinite(band, "fail_lower", v.failLower());
    putFinite(band, "fail_upper", v.failUpper());
    putFinite(band, "score", v.score());
    band.put("model", v.model());
    band.put("training_size", v.trainingSize());
    band.put("min_history", v.minHistory());
    band.put("outlier", v.outlier());
    band.put("metric", q.metric());
    band.put("column", q.column());
    String message = v.explanation();
    Optional<BaselineApproval> reset = history.latestReset(q.dataset(), q.metric(), q.column());
    if (reset.isPresent()) {
      BaselineApproval a = reset.get();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("approved_by", a.approvedBy());
      r.put("approved_at", a.approvedAt().toString());
      r.put("reason", a.reason());
      if (a.fromRun() != null) {
        r.put("from_run", a.fromRun());
      }
      band.put("reset", r);
      message +=
          "; baseline reset approved by "
              + a.approvedBy()
              + " on "
              + a.approvedAt().atOffset(ZoneOffset.UTC).toLocalDate()
              + ": "
              + a.reason();
    }
    Double statistic = Double.isFinite(v.score()) ? v.score() : null;
    return new Verdict(status(v.status()), statistic, message, band);
  }

  @Override
  public Verdict judgeDrift(DriftQuestion q) {
    return drift.judge(q);
  }

  static BaselineSettings settings(AnomalySpec spec) {
    double warn = spec.effectiveWarnSensitivity();
    return new BaselineSettings(
        new BaselineSettings.Sensitivity(warn, Math.max(spec.effectiveFailSensitivity(), warn)),
        new BaselineSettings.Training(spec.window(), spec.maxAge(), spec.minHistory()),
        new BaselineSettings.Deviations(
            switch (spec.direction()) {
              case BOTH -> Direction.BOTH;
              case SPIKE -> Direction.SPIKE;
              case DROP -> Direction.DROP;
            },
            spec.minChange(),
            spec.minChangePct(),
            spec.failOnZero()),
        new BaselineSettings.ModelChoice(
            switch (spec.seasonality()) {
              case NONE -> Seasonality.NONE;
              case DAY_OF_WEEK -> Seasonality.DAY_OF_WEEK;
              case HOUR_OF_DAY -> Seasonality.HOUR_OF_DAY;
              case HOLT_WINTERS -> Seasonality.HOLT_WINTERS;
              case AUTO -> Seasonality.AUTO;
            },
            switch (spec.method()) {
              case BAND -> Method.BAND;
              case ROBUST -> Method.ROBUST;
            },
            ZoneOffset.UTC));
  }

  static Status status(org.pactum.anomaly.Status s) {
    return switch (s) {
      case PASS -> Status.PASS;
      case WARN -> Status.WARN;
      case FAIL -> Status.FAIL;
    };
  }

  private static void putFinite(Map<String, Object> band, String key, double v) {
    if (Double.isFinite(v)) {
      band.put(key, v);
    }
  }
}

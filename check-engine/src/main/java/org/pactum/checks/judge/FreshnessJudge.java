package org.pactum.checks.judge;

import static org.pactum.checks.core.Measurements.instant;
import static org.pactum.checks.core.Measurements.lagSeconds;
import static org.pactum.checks.judge.CheckEvaluator.outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Formats;
import org.pactum.checks.core.Status;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.FreshnessCheck;

/**
 * Judges a freshness check by the age of the newest value at {@code now}: older than {@code
 * max_age} fails, older than {@code warn_age} warns; no value at all fails.
 */
final class FreshnessJudge {

  private FreshnessJudge() {}

  /**
   * The outcome by age (before any anomaly criterion); its observed value is the lag in seconds.
   */
  static CheckOutcome judge(
      ResolvedCheck rc, FreshnessCheck c, Optional<Double> newestEpoch, Instant now) {
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("max_age_seconds", c.maxAge().getSeconds());
    if (c.warnAge() != null) {
      limits.put("warn_age_seconds", c.warnAge().getSeconds());
    }
    if (newestEpoch.isEmpty()) {
      return outcome(
          rc,
          Status.FAIL,
          null,
          null,
          limits,
          "no value in \"" + c.column() + "\" in scope: cannot tell when data last arrived");
    }
    Instant newest = instant(newestEpoch.get());
    Duration age = Duration.between(newest, now);
    Status status = Status.PASS;
    String why = "";
    if (age.compareTo(c.maxAge()) > 0) {
      status = Status.FAIL;
      why = "; older than max_age " + Formats.duration(c.maxAge());
    } else if (c.warnAge() != null && age.compareTo(c.warnAge()) > 0) {
      status = Status.WARN;
      why = "; older than warn_age " + Formats.duration(c.warnAge());
    }
    String message =
        age.isNegative()
            ? "newest \""
                + c.column()
                + "\" is "
                + newest
                + ", "
                + Formats.duration(age.negated())
                + " in the future"
            : "newest \""
                + c.column()
                + "\" is "
                + newest
                + ", "
                + Formats.duration(age)
                + " old"
                + why;
    return outcome(rc, status, lagSeconds(newest, now), newest.toString(), limits, message);
  }
}

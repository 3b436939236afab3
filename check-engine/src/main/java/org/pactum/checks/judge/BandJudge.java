package org.pactum.checks.judge;

import static org.pactum.checks.judge.CheckEvaluator.outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Formats;
import org.pactum.checks.core.Status;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.Bounds;

/**
 * Judges a measured number against inclusive bands: outside the fail band ({@code min}/{@code max})
 * fails, outside the warn band ({@code warn_min}/{@code warn_max}) warns.
 */
final class BandJudge {

  private BandJudge() {}

  /** {@code metric(column) = value} judged against the bands (before any anomaly criterion). */
  static CheckOutcome judge(
      ResolvedCheck rc, String metric, String column, double value, Bounds fail, Bounds warn) {
    Map<String, Object> limits = boundsMap(fail, warn);
    String label = column.isEmpty() ? metric : metric + "(" + column + ")";
    Status status = Status.PASS;
    String why = "";
    if (Double.isNaN(value)) {
      status =
          fail != null && !fail.isEmpty() || warn != null && !warn.isEmpty()
              ? Status.FAIL
              : Status.PASS;
      why = " (not a number)";
    } else if (fail != null && !fail.contains(value)) {
      status = Status.FAIL;
      why = ", outside the fail band " + band(fail);
    } else if (warn != null && !warn.contains(value)) {
      status = Status.WARN;
      why = ", outside the warn band " + band(warn);
    } else if (fail != null && !fail.isEmpty()) {
      why = ", within " + band(fail);
    }
    return outcome(rc, status, value, null, limits, label + " = " + Formats.number(value) + why);
  }

  /** An undefined metric (no rows, or no non-null values): fails when any band is set. */
  static CheckOutcome undefined(
      ResolvedCheck rc, String label, Bounds fail, Bounds warn, long rows) {
    boolean judged = fail != null && !fail.isEmpty() || warn != null && !warn.isEmpty();
    String why = rows == 0 ? "no rows in scope" : "no non-null values to measure";
    return outcome(
        rc,
        judged ? Status.FAIL : Status.PASS,
        null,
        null,
        boundsMap(fail, warn),
        label + " is undefined: " + why);
  }

  private static String band(Bounds b) {
    return "["
        + (b.min() == null ? "-∞" : Formats.number(b.min()))
        + ", "
        + (b.max() == null ? "∞" : Formats.number(b.max()))
        + "]";
  }

  /** The bands as a result's thresholds: min, max, warn_min, warn_max. */
  static Map<String, Object> boundsMap(Bounds fail, Bounds warn) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (fail != null && fail.min() != null) {
      m.put("min", fail.min());
    }
    if (fail != null && fail.max() != null) {
      m.put("max", fail.max());
    }
    if (warn != null && warn.min() != null) {
      m.put("warn_min", warn.min());
    }
    if (warn != null && warn.max() != null) {
      m.put("warn_max", warn.max());
    }
    return m;
  }
}

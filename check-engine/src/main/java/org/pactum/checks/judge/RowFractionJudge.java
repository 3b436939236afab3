package org.pactum.checks.judge;

import static org.pactum.checks.judge.CheckEvaluator.outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Formats;
import org.pactum.checks.core.Status;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.Thresholds;

/**
 * Judges a check by a fraction of rows: a row-level check by the fraction that break its rule
 * (above {@code fail} fails, above {@code warn} warns; without thresholds no failing row is
 * allowed), and {@code null_rate} by the fraction of nulls against its upper limits.
 */
final class RowFractionJudge {

  private RowFractionJudge() {}

  /** {@code failing} of {@code total} {@code ofWhat} break the rule (they {@code what}). */
  static CheckOutcome rowLevel(
      ResolvedCheck rc, RowCheck c, long failing, long total, String what, String ofWhat) {
    Thresholds t =
        c.thresholds() == null || c.thresholds().isEmpty() ? Thresholds.STRICT : c.thresholds();
    double fraction = total == 0 ? 0.0 : (double) failing / total;
    Status status = Status.PASS;
    if (t.fail() != null && fraction > t.fail()) {
      status = Status.FAIL;
    } else if (t.warn() != null && fraction > t.warn()) {
      status = Status.WARN;
    }
    Map<String, Object> limits = new LinkedHashMap<>();
    if (t.warn() != null) {
      limits.put("warn", t.warn());
    }
    if (t.fail() != null) {
      limits.put("fail", t.fail());
      limits.put("mostly", t.mostly());
    }
    String message;
    if (total == 0) {
      message = "no " + ofWhat + " in scope: nothing to fail";
    } else if (failing == 0) {
      message = "all " + total + " " + ofWhat + " pass";
    } else {
      message =
          failing
              + " of "
              + total
              + " "
              + ofWhat
              + " "
              + (c instanceof NotNullCheck ? "are null" : "are " + what)
              + " ("
              + Formats.percent(fraction)
              + ")"
              + limitText(status, t);
    }
    return outcome(rc, status, fraction, failing + "/" + total, limits, message);
  }

  private static String limitText(Status status, Thresholds t) {
    return switch (status) {
      case FAIL ->
          t.fail() == 0
              ? "; no failing rows allowed"
              : "; above the fail limit of " + Formats.percent(t.fail());
      case WARN -> "; above the warn limit of " + Formats.percent(t.warn());
      default ->
          t.fail() != null
              ? "; within the fail limit of " + Formats.percent(t.fail())
              : t.warn() != null ? "; within the warn limit of " + Formats.percent(t.warn()) : "";
    };
  }

  /** The null rate judged against its upper limits (before any anomaly criterion). */
  static CheckOutcome nullRate(ResolvedCheck rc, NullRateCheck c, long nulls, long rows) {
    Thresholds t = c.thresholds() == null ? Thresholds.NONE : c.thresholds();
    Map<String, Object> limits = new LinkedHashMap<>();
    if (t.warn() != null) {
      limits.put("warn", t.warn());
    }
    if (t.fail() != null) {
      limits.put("fail", t.fail());
    }
    if (rows == 0) {
      return outcome(
          rc, Status.PASS, null, "0/0", limits, "no rows in scope: the null rate is undefined");
    }
    double rate = (double) nulls / rows;
    Status status = Status.PASS;
    String why = "";
    if (t.fail() != null && rate > t.fail()) {
      status = Status.FAIL;
      why = "; above the fail limit of " + Formats.percent(t.fail());
    } else if (t.warn() != null && rate > t.warn()) {
      status = Status.WARN;
      why = "; above the warn limit of " + Formats.percent(t.warn());
    }
    String message =
        "null rate " + Formats.percent(rate) + " (" + nulls + " of " + rows + " rows)" + why;
    return outcome(rc, status, rate, nulls + "/" + rows, limits, message);
  }
}

package org.pactum.contracts.diff;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.pactum.contracts.diff.Deltas.Level;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Compares one check matched across two contract versions (same name, or the same check renamed): a
 * new target, loosened or tightened failing and warning levels, other changes to what it accepts,
 * and accepted values added or removed.
 */
final class MatchedCheckDiffer {

  private final Findings out;

  MatchedCheckDiffer(Findings out) {
    this.out = out;
  }

  void compare(Check b, Check a) {
    if (retargeted(b, a)) {
      return;
    }
    Deltas d = new Deltas();
    if (b instanceof RowCheck rb) {
      rowCheck(rb, (RowCheck) a, d);
    } else if (b instanceof RowCountCheck rb) {
      RowCountCheck ra = (RowCountCheck) a;
      d.bands(rb.fail(), ra.fail(), rb.warn(), ra.warn());
      d.anomaly(rb.anomaly(), ra.anomaly());
    } else if (b instanceof NullRateCheck nb) {
      NullRateCheck na = (NullRateCheck) a;
      d.upperLimit(Level.FAIL, "fail", nb.thresholds().fail(), na.thresholds().fail());
      d.upperLimit(Level.WARN, "warn", nb.thresholds().warn(), na.thresholds().warn());
      d.anomaly(nb.anomaly(), na.anomaly());
    } else if (b instanceof MetricCheck mb) {
      MetricCheck ma = (MetricCheck) a;
      d.bands(mb.fail(), ma.fail(), mb.warn(), ma.warn());
      d.anomaly(mb.anomaly(), ma.anomaly());
    } else if (b instanceof DriftCheck db) {
      drift(db, (DriftCheck) a, d);
    } else if (b instanceof FreshnessCheck fb) {
      FreshnessCheck fa = (FreshnessCheck) a;
      d.maxAge(Level.FAIL, "max_age", fb.maxAge(), fa.maxAge());
      d.maxAge(Level.WARN, "warn_age", fb.warnAge(), fa.warnAge());
      d.anomaly(fb.anomaly(), fa.anomaly());
    } else if (b instanceof SqlCheck sb) {
      SqlCheck sa = (SqlCheck) a;
      if (!sb.query().strip().equals(sa.query().strip())) {
        d.changed.add("query changed");
      }
      d.bands(sb.fail(), sa.fail(), sb.warn(), sa.warn());
    }
    report(a, d);
    if (b instanceof AcceptedValuesCheck vb) {
      acceptedValues(vb, (AcceptedValuesCheck) a);
    }
  }

  /**
   * A check that kept its name but reads other columns. For {@code unique}, more columns is a
   * weaker key (looser) and fewer a stronger one (stricter); those are compared, not reported here.
   */
  private boolean retargeted(Check b, Check a) {
    if (b instanceof UniqueCheck ub && a instanceof UniqueCheck ua) {
      Set<String> was = new LinkedHashSet<>(ub.columns());
      Set<String> now = new LinkedHashSet<>(ua.columns());
      if (was.equals(now) || now.containsAll(was) || was.containsAll(now)) {
        return false;
      }
    } else if (Objects.equals(b.columns(), a.columns())) {
      return false;
    }
    String was = String.join(", ", b.columns());
    String now = String.join(", ", a.columns());
    out.after(
        ChangeKind.CHECK_RETARGETED,
        ChangeSeverity.ERROR,
        a.name(),
        a.name()
            + " now checks "
            + (now.isEmpty() ? "no column" : now)
            + " instead of "
            + (was.isEmpty() ? "no column" : was)
            + (was.isEmpty() ? "" : ": " + was + " lost the guarantee"),
        "keep the check on " + (was.isEmpty() ? "the old target" : was) + " and add a new check",
        a.position());
    return true;
  }

  private static void rowCheck(RowCheck b, RowCheck a, Deltas d) {
    if (b instanceof UniqueCheck ub) {
      Set<String> was = Set.copyOf(ub.columns());
      Set<String> now = Set.copyOf(a.columns());
      if (!was.equals(now)) {
        String what =
            "key ("
                + String.join(", ", ub.columns())
                + ") → ("
                + String.join(", ", a.columns())
                + ")";
        if (now.containsAll(was)) {
          d.failLooser.add(what + ": a wider key is a weaker uniqueness guarantee");
        } else {
          d.failStricter.add(what + ": a narrower key is a stronger uniqueness guarantee");
        }
      }
    } else if (b instanceof RangeCheck rb) {
      RangeCheck ra = (RangeCheck) a;
      d.rangeBound("min", false, rb.min(), ra.min());
      d.rangeBound("max", true, rb.max(), ra.max());
    } else if (b instanceof RegexCheck xb) {
      RegexCheck xa = (RegexCheck) a;
      if (!xb.pattern().equals(xa.pattern())) {
        d.changed.add("pattern '" + xb.pattern() + "' → '" + xa.pattern() + "'");
      }
    }
    // accepted_values: the value sets are reported on their own; not_null: thresholds only
    d.rowThresholds(b.thresholds(), a.thresholds());
  }

  private static void drift(DriftCheck b, DriftCheck a, Deltas d) {
    if (b.method() != a.method()) {
      d.changed.add(
          "method "
              + b.method().yamlName()
              + " → "
              + a.method().yamlName()
              + " (thresholds warn "
              + Deltas.num(b.thresholds().warn())
              + "/fail "
              + Deltas.num(b.thresholds().fail())
              + " → warn "
              + Deltas.num(a.thresholds().warn())
              + "/fail "
              + Deltas.num(a.thresholds().fail())
              + " apply to another statistic)");
    } else {
      d.upperLimit(Level.FAIL, "fail", b.thresholds().fail(), a.thresholds().fail());
      d.upperLimit(Level.WARN, "warn", b.thresholds().warn(), a.thresholds().warn());
    }
    if (b.bins() != a.bins() && binned(b) && binned(a)) {
      d.changed.add("bins " + b.bins() + " → " + a.bins());
    }
  }

  private static boolean binned(DriftCheck c) {
    return c.method() == DriftMethod.PSI || c.method() == DriftMethod.JS;
  }

  private void report(Check a, Deltas d) {
    String name = a.name();
    if (!d.failLooser.isEmpty()) {
      out.after(
          ChangeKind.CHECK_LOOSENED,
          ChangeSeverity.ERROR,
          name,
          name
              + " loosened: "
              + String.join(", ", d.failLooser)
              + "; data the old version failed now passes, so consumers relying on it may break",
          "restore the old limits, or publish the loosening as a new MAJOR version once consumers"
              + " agree",
          a.position());
    }
    if (!d.failStricter.isEmpty()) {
      out.after(
          ChangeKind.CHECK_TIGHTENED,
          ChangeSeverity.WARNING,
          name,
          name + " tightened: " + String.join(", ", d.failStricter) + "; existing data may fail",
          "run the check against current data (pactum checks run) before merging",
          a.position());
    }
    if (!d.changed.isEmpty()) {
      out.after(
          ChangeKind.CHECK_CHANGED,
          ChangeSeverity.WARNING,
          name,
          name
              + " changed: "
              + String.join(", ", d.changed)
              + "; it may now accept data the old version failed and fail data it accepted",
          "review the change with consumers and run the check against current data",
          a.position());
    }
    if (!d.warnLooser.isEmpty()) {
      out.after(
          ChangeKind.WARN_LEVEL_LOOSENED,
          ChangeSeverity.WARNING,
          name,
          name
              + " warns later: "
              + String.join(", ", d.warnLooser)
              + "; failures are unaffected, but problems surface later",
          null,
          a.position());
    }
    if (!d.warnStricter.isEmpty()) {
      out.after(
          ChangeKind.WARN_LEVEL_TIGHTENED,
          ChangeSeverity.INFO,
          name,
          name + " warns earlier: " + String.join(", ", d.warnStricter),
          null,
          a.position());
    }
  }

  private void acceptedValues(AcceptedValuesCheck b, AcceptedValuesCheck a) {
    Set<String> added = CheckDiffer.difference(a.values(), b.values());
    Set<String> removed = CheckDiffer.difference(b.values(), a.values());
    if (!added.isEmpty()) {
      out.after(
          ChangeKind.ACCEPTED_VALUE_ADDED,
          ChangeSeverity.WARNING,
          a.name(),
          a.name()
              + " accepts new "
              + (added.size() == 1 ? "value " : "values ")
              + String.join(", ", added)
              + ": consumers that handle every value of "
              + a.column()
              + " (switches, mappings, enum types) must handle "
              + (added.size() == 1 ? "it" : "them"),
          "tell the consumers before producing the new " + (added.size() == 1 ? "value" : "values"),
          a.position());
    }
    if (!removed.isEmpty()) {
      out.after(
          ChangeKind.ACCEPTED_VALUE_REMOVED,
          ChangeSeverity.WARNING,
          a.name(),
          a.name()
              + " no longer accepts "
              + String.join(", ", removed)
              + ": existing rows with "
              + (removed.size() == 1 ? "this value" : "these values")
              + " will fail",
          "check that current data no longer has "
              + (removed.size() == 1 ? "it" : "them")
              + " (pactum checks run) before merging",
          a.position());
    }
  }
}

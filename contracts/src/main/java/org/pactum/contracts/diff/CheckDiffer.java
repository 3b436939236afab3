package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pactum.contracts.diff.Deltas.Level;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;

/**
 * Compares the {@code checks} of two contract versions. Checks are matched by name; a check whose
 * type (or metric) changed under the same name counts as removed and added. Unmatched checks of the
 * same type on the same columns, one on each side, are the same check renamed.
 */
final class CheckDiffer {

  private final Findings out;

  CheckDiffer(Findings out) {
    this.out = out;
  }

  void diff(List<Check> beforeChecks, List<Check> afterChecks) {
    Map<String, Check> before = byName(beforeChecks);
    Map<String, Check> after = byName(afterChecks);
    List<Check> removed = new ArrayList<>();
    List<Check> added = new ArrayList<>();
    for (Check b : before.values()) {
      Check a = after.get(b.name());
      if (a == null) {
        removed.add(b);
      } else if (!sameKind(b, a)) {
        out.before(
            b instanceof NotNullCheck ? ChangeKind.NOT_NULL_DROPPED : ChangeKind.CHECK_REMOVED,
            ChangeSeverity.ERROR,
            b.name(),
            b.name()
                + " was "
                + article(describe(b))
                + " check and is now "
                + article(describe(a))
                + " check: the "
                + describe(b)
                + " guarantee no longer holds",
            "keep the "
                + describe(b)
                + " check and give the new "
                + describe(a)
                + " check its own name",
            b.position());
        added(a, true);
      } else {
        compare(b, a);
      }
    }
    for (Check a : after.values()) {
      if (!before.containsKey(a.name())) {
        added.add(a);
      }
    }
    matchRenames(removed, added);
    removed.forEach(this::removed);
    added.forEach(a -> added(a, false));
  }

  private static Map<String, Check> byName(List<Check> checks) {
    Map<String, Check> map = new LinkedHashMap<>();
    for (Check c : checks) {
      map.putIfAbsent(c.name(), c); // duplicate names are a lint error; the first one counts
    }
    return map;
  }

  /** Same check type, and for metric checks the same statistic. */
  private static boolean sameKind(Check b, Check a) {
    if (b.type() != a.type()) {
      return false;
    }
    return !(b instanceof MetricCheck mb && a instanceof MetricCheck ma)
        || mb.metric() == ma.metric();
  }

  /**
   * A removed and an added check of the same kind on the same columns, each the only such check on
   * its side, are one check renamed: report the rename and compare them as one.
   */
  private void matchRenames(List<Check> removed, List<Check> added) {
    for (Check b : List.copyOf(removed)) {
      List<Check> candidates = added.stream().filter(a -> sameTarget(b, a)).toList();
      long rivals = removed.stream().filter(r -> sameTarget(r, b)).count();
      if (candidates.size() != 1 || rivals != 1) {
        continue;
      }
      Check a = candidates.get(0);
      removed.remove(b);
      added.remove(a);
      out.after(
          ChangeKind.CHECK_RENAMED,
          ChangeSeverity.WARNING,
          a.name(),
          b.name()
              + " renamed to "
              + a.name()
              + ": results history, incidents and anomaly baselines are keyed by the name and"
              + " start afresh",
          "keep the old name with name: " + b.name(),
          a.position());
      compare(b, a);
    }
  }

  private static boolean sameTarget(Check b, Check a) {
    return sameKind(b, a) && Set.copyOf(b.columns()).equals(Set.copyOf(a.columns()));
  }

  private void removed(Check b) {
    if (b instanceof NotNullCheck n) {
      out.before(
          ChangeKind.NOT_NULL_DROPPED,
          ChangeSeverity.ERROR,
          b.name(),
          b.name()
              + " removed: "
              + n.column()
              + " may now be null; consumers that assume a value will break",
          "keep "
              + b.name()
              + " (tolerate some nulls with mostly: instead), or publish the change as a new MAJOR"
              + " version once consumers agree",
          b.position());
      return;
    }
    out.before(
        ChangeKind.CHECK_REMOVED,
        ChangeSeverity.ERROR,
        b.name(),
        b.name()
            + " removed: the "
            + describe(b)
            + " guarantee no longer holds and consumers relying on it may break",
        "keep the check, or publish its removal as a new MAJOR version once consumers agree",
        b.position());
  }

  private void added(Check a, boolean typeChanged) {
    boolean canFail = canFail(a);
    out.after(
        ChangeKind.CHECK_ADDED,
        canFail ? ChangeSeverity.WARNING : ChangeSeverity.INFO,
        a.name(),
        a.name()
            + (typeChanged ? " is now " + article(describe(a)) + " check" : " added")
            + (canFail
                ? ": existing data may fail it"
                : ": it has only warning levels, so it cannot fail"),
        canFail
            ? "run it against current data (pactum checks run) before merging, or start with"
                + " warning levels only"
            : null,
        a.position());
  }

  /** Whether the check has a failing level at all (warning-only checks never fail a run). */
  static boolean canFail(Check c) {
    if (c instanceof RowCheck r) {
      return r.thresholds().fail() != null;
    }
    if (c instanceof NullRateCheck n) {
      return n.thresholds().fail() != null || n.anomaly() != null;
    }
    if (c instanceof RowCountCheck r) {
      return !r.fail().isEmpty() || r.anomaly() != null;
    }
    if (c instanceof MetricCheck m) {
      return !m.fail().isEmpty() || m.anomaly() != null;
    }
    if (c instanceof DriftCheck d) {
      return d.thresholds().fail() != null;
    }
    if (c instanceof SqlCheck s) {
      return !s.fail().isEmpty();
    }
    return true; // freshness: max_age is required
  }

  // ---- one check, two versions ----------------------------------------------------------------

  private void compare(Check b, Check a) {
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
    return c.method() == org.pactum.contracts.model.DriftMethod.PSI
        || c.method() == org.pactum.contracts.model.DriftMethod.JS;
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
    Set<String> added = difference(a.values(), b.values());
    Set<String> removed = difference(b.values(), a.values());
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

  static String describe(Check c) {
    return c instanceof MetricCheck m ? m.metric().yamlName() : c.type().yamlName();
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  static Set<String> difference(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.removeAll(new HashSet<>(b));
    return out;
  }
}

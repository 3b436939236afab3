package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.NullRateCheck;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;

/**
 * Compares the {@code checks} of two contract versions. Checks are matched by name; a check whose
 * type (or metric) changed under the same name counts as removed and added. Unmatched checks of the
 * same type on the same columns, one on each side, are the same check renamed.
 */
final class CheckDiffer {

  private final Findings out;
  private final MatchedCheckDiffer matched;

  CheckDiffer(Findings out) {
    this.out = out;
    this.matched = new MatchedCheckDiffer(out);
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
        matched.compare(b, a);
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
      matched.compare(b, a);
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

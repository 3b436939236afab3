package org.pactum.contracts.diff;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactum.contracts.model.AnomalyDirection;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.parse.Durations;

/**
 * The differences between two versions of one check, sorted by direction: the failing level looser
 * or stricter, the warning level looser or stricter, or changed without a clear direction. Each
 * entry is a short phrase such as {@code max 100000 → 1000000}.
 */
final class Deltas {

  final List<String> failLooser = new ArrayList<>();
  final List<String> failStricter = new ArrayList<>();
  final List<String> warnLooser = new ArrayList<>();
  final List<String> warnStricter = new ArrayList<>();
  final List<String> changed = new ArrayList<>();

  /** Which level of a check a limit belongs to. */
  enum Level {
    FAIL,
    WARN
  }

  private void add(Level level, boolean looser, String what) {
    if (level == Level.FAIL) {
      (looser ? failLooser : failStricter).add(what);
    } else {
      (looser ? warnLooser : warnStricter).add(what);
    }
  }

  /**
   * An upper limit on an observed value (failing-row fraction, null rate, drift statistic): null is
   * no limit, so higher or null is looser.
   */
  void upperLimit(Level level, String label, Double before, Double after) {
    if (Objects.equals(before, after)) {
      return;
    }
    boolean looser = after == null || before != null && after > before;
    add(level, looser, label + " " + num(before) + " → " + num(after) + noLimit(level, after));
  }

  /**
   * The failing-row limit of a row-level check, shown with its {@code mostly} equivalent ({@code
   * fail 0.01 → 0.05 (mostly 0.99 → 0.95)}).
   */
  void rowThresholds(Thresholds before, Thresholds after) {
    Double bf = before.fail();
    Double af = after.fail();
    if (!Objects.equals(bf, af)) {
      boolean looser = af == null || bf != null && af > bf;
      String mostly =
          bf != null && af != null ? " (mostly " + mostly(bf) + " → " + mostly(af) + ")" : "";
      add(
          Level.FAIL,
          looser,
          "failing-row limit " + num(bf) + " → " + num(af) + mostly + noLimit(Level.FAIL, af));
    }
    upperLimit(Level.WARN, "warn", before.warn(), after.warn());
  }

  /** A band's lower end: null is unbounded, so lower or null is looser. */
  void lowerBound(Level level, String label, Double before, Double after) {
    if (Objects.equals(before, after)) {
      return;
    }
    boolean looser = after == null || before != null && after < before;
    add(level, looser, label + " " + num(before) + " → " + num(after));
  }

  /** A band's upper end: null is unbounded, so higher or null is looser. */
  void upperBound(Level level, String label, Double before, Double after) {
    if (Objects.equals(before, after)) {
      return;
    }
    boolean looser = after == null || before != null && after > before;
    add(level, looser, label + " " + num(before) + " → " + num(after));
  }

  /**
   * The failing ({@code min}/{@code max}) and warning ({@code warn_min}/{@code warn_max}) bands.
   */
  void bands(Bounds failBefore, Bounds failAfter, Bounds warnBefore, Bounds warnAfter) {
    lowerBound(Level.FAIL, "min", failBefore.min(), failAfter.min());
    upperBound(Level.FAIL, "max", failBefore.max(), failAfter.max());
    lowerBound(Level.WARN, "warn_min", warnBefore.min(), warnAfter.min());
    upperBound(Level.WARN, "warn_max", warnBefore.max(), warnAfter.max());
  }

  /** A range check's bounds (numbers, dates or instants; null is unbounded). */
  void rangeBound(String label, boolean isMax, RangeBound before, RangeBound after) {
    if (Objects.equals(before, after)) {
      return;
    }
    String what = label + " " + text(before) + " → " + text(after);
    if (after == null) {
      failLooser.add(what);
      return;
    }
    if (before == null) {
      failStricter.add(what);
      return;
    }
    Optional<Integer> cmp = compare(before, after);
    if (cmp.isEmpty()) {
      changed.add(what + " (a number and a date cannot be compared)");
    } else if (cmp.get() != 0) {
      boolean looser = isMax ? cmp.get() < 0 : cmp.get() > 0;
      add(Level.FAIL, looser, what);
    }
    // equal value written differently (2024-01-01 vs 2024-01-01T00:00:00Z, 1 vs 1.0): no change
  }

  /** A maximum age (freshness): null is no limit, so longer or null is looser. */
  void maxAge(Level level, String label, Duration before, Duration after) {
    if (Objects.equals(before, after)) {
      return;
    }
    boolean looser = after == null || before != null && after.compareTo(before) > 0;
    add(level, looser, label + " " + dur(before) + " → " + dur(after) + noLimit(level, after));
  }

  /**
   * Anomaly detection: removing it, raising a sensitivity (a wider band), a larger {@code
   * min_change}/{@code min_change_pct}, dropping {@code fail_on_zero}, requiring more history
   * before judging, or watching fewer directions is looser; the reverse is stricter. The
   * seasonality, the method, the window and {@code max_age} change what the baseline is, without a
   * direction.
   */
  void anomaly(AnomalySpec before, AnomalySpec after) {
    if (Objects.equals(before, after)) {
      return;
    }
    if (after == null) {
      failLooser.add("anomaly detection removed");
      return;
    }
    if (before == null) {
      failStricter.add("anomaly detection added");
      return;
    }
    if (before.sensitivity() != after.sensitivity()) {
      add(
          Level.FAIL,
          after.sensitivity() > before.sensitivity(),
          "anomaly sensitivity "
              + num(before.sensitivity())
              + " → "
              + num(after.sensitivity())
              + (after.sensitivity() > before.sensitivity()
                  ? " (a wider band: fewer anomalies)"
                  : " (a narrower band: more anomalies)"));
    }
    sensitivities(before, after);
    if (before.minChange() != after.minChange()) {
      add(
          Level.FAIL,
          after.minChange() > before.minChange(),
          "anomaly min_change " + num(before.minChange()) + " → " + num(after.minChange()));
    }
    if (before.minChangePct() != after.minChangePct()) {
      add(
          Level.FAIL,
          after.minChangePct() > before.minChangePct(),
          "anomaly min_change_pct "
              + num(before.minChangePct())
              + " → "
              + num(after.minChangePct()));
    }
    if (before.failOnZero() != after.failOnZero()) {
      add(
          Level.FAIL,
          before.failOnZero(),
          "anomaly fail_on_zero " + before.failOnZero() + " → " + after.failOnZero());
    }
    if (before.minHistory() != after.minHistory()) {
      add(
          Level.FAIL,
          after.minHistory() > before.minHistory(),
          "anomaly min_history " + before.minHistory() + " → " + after.minHistory());
    }
    Set<AnomalyDirection> was = watched(before.direction());
    Set<AnomalyDirection> now = watched(after.direction());
    if (!was.equals(now)) {
      boolean lost = !now.containsAll(was);
      add(
          Level.FAIL,
          lost,
          "anomaly direction "
              + before.direction().yamlName()
              + " → "
              + after.direction().yamlName()
              + (lost ? " (" + unwatched(was, now) + " no longer anomalies)" : ""));
    }
    if (before.seasonality() != after.seasonality()) {
      changed.add(
          "anomaly seasonality "
              + before.seasonality().yamlName()
              + " → "
              + after.seasonality().yamlName());
    }
    if (before.window() != after.window()) {
      changed.add("anomaly window " + before.window() + " → " + after.window());
    }
    if (before.method() != after.method()) {
      changed.add(
          "anomaly method " + before.method().yamlName() + " → " + after.method().yamlName());
    }
    if (!before.maxAge().equals(after.maxAge())) {
      changed.add("anomaly max_age " + dur(before.maxAge()) + " → " + dur(after.maxAge()));
    }
  }

  /**
   * {@code sensitivity} as before; {@code warn_sensitivity} / {@code fail_sensitivity} when either
   * side writes one and the width it gives changes (a width that only follows {@code sensitivity}
   * is reported once, as the sensitivity).
   */
  private void sensitivities(AnomalySpec before, AnomalySpec after) {
    double w0 = before.effectiveWarnSensitivity();
    double w1 = after.effectiveWarnSensitivity();
    boolean warnWritten =
        !Double.isNaN(before.warnSensitivity()) || !Double.isNaN(after.warnSensitivity());
    if (warnWritten && w0 != w1) {
      add(Level.WARN, w1 > w0, "anomaly warn_sensitivity " + num(w0) + " → " + num(w1));
    }
    double f0 = before.effectiveFailSensitivity();
    double f1 = after.effectiveFailSensitivity();
    boolean failWritten =
        !Double.isNaN(before.failSensitivity()) || !Double.isNaN(after.failSensitivity());
    if ((failWritten || warnWritten) && f0 != f1) {
      add(Level.FAIL, f1 > f0, "anomaly fail_sensitivity " + num(f0) + " → " + num(f1));
    }
  }

  private static Set<AnomalyDirection> watched(AnomalyDirection d) {
    return d == AnomalyDirection.BOTH
        ? EnumSet.of(AnomalyDirection.SPIKE, AnomalyDirection.DROP)
        : EnumSet.of(d);
  }

  private static String unwatched(Set<AnomalyDirection> was, Set<AnomalyDirection> now) {
    Set<AnomalyDirection> lost = EnumSet.copyOf(was);
    lost.removeAll(now);
    return lost.contains(AnomalyDirection.SPIKE) ? "rises are" : "drops are";
  }

  boolean isEmpty() {
    return failLooser.isEmpty()
        && failStricter.isEmpty()
        && warnLooser.isEmpty()
        && warnStricter.isEmpty()
        && changed.isEmpty();
  }

  private static String noLimit(Level level, Object after) {
    if (after != null) {
      return "";
    }
    return level == Level.FAIL ? " (can no longer fail)" : " (no longer warns)";
  }

  static Optional<Integer> compare(RangeBound a, RangeBound b) {
    if (a instanceof RangeBound.NumericBound x && b instanceof RangeBound.NumericBound y) {
      return Optional.of(x.value().compareTo(y.value()));
    }
    if (a.temporal() && b.temporal()) {
      return Optional.of(instant(a).compareTo(instant(b)));
    }
    return Optional.empty();
  }

  private static Instant instant(RangeBound b) {
    if (b instanceof RangeBound.DateBound d) {
      return d.value().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return ((RangeBound.TimestampBound) b).value();
  }

  /** A number as a person would write it: {@code 0.1}, {@code 100000}, {@code none} for null. */
  static String num(Double d) {
    if (d == null) {
      return "none";
    }
    if (d.isInfinite() || d.isNaN()) {
      return d.toString();
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String mostly(double fail) {
    return num(Thresholds.failFromMostly(fail));
  }

  static String text(RangeBound b) {
    return b == null ? "none" : b.text();
  }

  static String dur(Duration d) {
    return d == null ? "none" : Durations.format(d);
  }
}

package org.pactum.anomaly.drift;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.pactum.anomaly.Status;

/**
 * Categorical drift: a chi-square test of independence on the 2 × k table (reference, current) ×
 * categories (Commons Math {@link ChiSquareTest}); the thresholds apply to Cramér's V = √(χ² / n),
 * in [0, 1], which unlike the p-value does not shrink to 0 on large tables for trivial changes. New
 * and vanished categories are reported by name (sorted, at most {@value #MAX_NAMED} each in the
 * explanation). PSI over the categories is available too.
 */
public final class CategoricalDrift {
  static final int MAX_NAMED = 10;

  private CategoricalDrift() {}

  public static DriftResult judgeChiSquare(
      Map<String, Long> reference, Map<String, Long> current, DriftThresholds t) {
    List<String> cats = categories(reference, current);
    List<String> added = new ArrayList<>();
    List<String> vanished = new ArrayList<>();
    for (String c : cats) {
      long r = reference.getOrDefault(c, 0L);
      long a = current.getOrDefault(c, 0L);
      if (r == 0 && a > 0) {
        added.add(c);
      } else if (a == 0 && r > 0) {
        vanished.add(c);
      }
    }
    added.sort(null);
    vanished.sort(null);
    long[][] table = new long[2][cats.size()];
    long n = 0;
    for (int j = 0; j < cats.size(); j++) {
      table[0][j] = reference.getOrDefault(cats.get(j), 0L);
      table[1][j] = current.getOrDefault(cats.get(j), 0L);
      n += table[0][j] + table[1][j];
    }
    long refTotal = sum(table[0]);
    long curTotal = sum(table[1]);
    double chi = 0;
    double p = 1;
    double v = 0;
    if (cats.size() >= 2 && refTotal > 0 && curTotal > 0) {
      ChiSquareTest test = new ChiSquareTest();
      chi = test.chiSquare(table);
      p = test.chiSquareTest(table);
      v = Math.sqrt(Math.min(1, chi / n)); // min(rows, cols) − 1 = 1
    }
    Status status = t.judge(v);
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Cramér's V %.4f (χ² %.4g, p %.3g) over %d categories (%s; warn %s, fail %s)",
                v,
                chi,
                p,
                cats.size(),
                status == Status.PASS ? "no drift beyond the thresholds" : "drifted",
                t.warn(),
                t.fail()));
    if (!added.isEmpty()) {
      text.append("; new: ").append(named(added));
    }
    if (!vanished.isEmpty()) {
      text.append("; vanished: ").append(named(vanished));
    }
    return new DriftResult("chi_squared", v, p, status, added, vanished, text.toString());
  }

  /** PSI over the union of categories (each category one bin). */
  public static double psi(Map<String, Long> reference, Map<String, Long> current) {
    long[][] t = aligned(reference, current);
    return t[0].length == 0 ? 0 : BinnedDrift.psi(t[0], t[1]);
  }

  /** Jensen–Shannon distance over the union of categories. */
  public static double jsDistance(Map<String, Long> reference, Map<String, Long> current) {
    long[][] t = aligned(reference, current);
    return t[0].length == 0 ? 0 : BinnedDrift.jsDistance(t[0], t[1]);
  }

  private static long[][] aligned(Map<String, Long> reference, Map<String, Long> current) {
    List<String> cats = categories(reference, current);
    long[][] t = new long[2][cats.size()];
    for (int j = 0; j < cats.size(); j++) {
      t[0][j] = reference.getOrDefault(cats.get(j), 0L);
      t[1][j] = current.getOrDefault(cats.get(j), 0L);
    }
    return t;
  }

  /** New and vanished category names: {@code [new, vanished]}, each sorted. */
  public static List<List<String>> changedCategories(
      Map<String, Long> reference, Map<String, Long> current) {
    List<String> added = new ArrayList<>();
    List<String> vanished = new ArrayList<>();
    for (String c : categories(reference, current)) {
      long r = reference.getOrDefault(c, 0L);
      long a = current.getOrDefault(c, 0L);
      if (r == 0 && a > 0) {
        added.add(c);
      } else if (a == 0 && r > 0) {
        vanished.add(c);
      }
    }
    added.sort(null);
    vanished.sort(null);
    return List.of(added, vanished);
  }

  private static List<String> categories(Map<String, Long> reference, Map<String, Long> current) {
    Set<String> cats = new LinkedHashSet<>();
    reference.forEach((k, c) -> add(cats, k, c));
    current.forEach((k, c) -> add(cats, k, c));
    return new ArrayList<>(cats);
  }

  private static void add(Set<String> cats, String k, Long c) {
    if (c == null || c < 0) {
      throw new IllegalArgumentException("category " + k + " has an invalid count " + c);
    }
    if (c > 0) {
      cats.add(k);
    }
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }

  private static String named(List<String> names) {
    if (names.size() <= MAX_NAMED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, MAX_NAMED))
        + " and "
        + (names.size() - MAX_NAMED)
        + " more";
  }
}

package org.pactum.bench;

import static org.pactum.bench.Percentiles.median;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured rounds of {@link CheckSuiteBench} on one database: the seconds of each side and of
 * the extra plans, the JVM's heap during (a), and the summary with the targets' verdicts.
 */
final class SuiteTimings {
  static final double TARGET_A_OVER_D = 1.15;
  static final double TARGET_C_OVER_A = 2.0;

  private final List<Double> a = new ArrayList<>();
  private final List<Double> b = new ArrayList<>();
  private final List<Double> c = new ArrayList<>();
  private final List<Double> d = new ArrayList<>();
  private final Map<String, List<Double>> extra = new LinkedHashMap<>();
  private long maxAllocated = 0;
  private long maxPeak = 0;

  /** Ready for the extra plans labelled {@code extraLabels}. */
  SuiteTimings(Iterable<String> extraLabels) {
    extraLabels.forEach(k -> extra.put(k, new ArrayList<>()));
  }

  /** One measured round: the four sides, the heap figures of (a). */
  void add(double ta, double tb, double tc, double td, long peak, long allocated) {
    a.add(ta);
    b.add(tb);
    c.add(tc);
    d.add(td);
    maxAllocated = Math.max(maxAllocated, allocated);
    maxPeak = Math.max(maxPeak, peak);
  }

  /** One measured round of the extra plan {@code label}. */
  void addExtra(String label, double seconds) {
    extra.get(label).add(seconds);
  }

  /** The summary of {@code db}'s rounds: medians, all rounds, ratios and verdicts. */
  List<String> summary(String db, int reps) {
    double ma = median(a);
    double mb = median(b);
    double mc = median(c);
    double md = median(d);
    List<String> lines = new ArrayList<>();
    lines.add(db + " — median of " + reps + " rounds (seconds):");
    lines.add(row("(a) Pactum CheckEngine.run, 25 checks", ma, a));
    lines.add(row("(b) select count(*)", mb, b));
    lines.add(row("(c) one query per check (25)", mc, c));
    lines.add(row("(d) expert hand-written plan", md, d));
    extra.forEach((k, v) -> lines.add(row("(" + k + ")", median(v), v)));
    List<Double> aOverD = ratios(a, d);
    List<Double> cOverA = ratios(c, a);
    lines.add(
        String.format(
            Locale.ROOT,
            "  a/d = %.3f  (target <= %.2f: %s)   per round %s, median %.3f",
            ma / md,
            TARGET_A_OVER_D,
            ma / md <= TARGET_A_OVER_D ? "MET" : "MISSED",
            list(aOverD),
            median(aOverD)));
    lines.add(
        String.format(
            Locale.ROOT,
            "  c/a = %.3f  (target >= %.1f: %s)   per round %s, median %.3f",
            mc / ma,
            TARGET_C_OVER_A,
            mc / ma >= TARGET_C_OVER_A ? "MET" : "MISSED",
            list(cOverA),
            median(cOverA)));
    lines.add(String.format(Locale.ROOT, "  c/d = %.3f  (the expert's own margin)", mc / md));
    lines.add(
        String.format(
            Locale.ROOT,
            "  best of %d rounds (least disturbed): a/d = %.3f, c/a = %.3f",
            a.size(),
            min(a) / min(d),
            min(c) / min(a)));
    lines.add(
        String.format(Locale.ROOT, "  a/b = %.2f  (the suite in bare count(*) scans)", ma / mb));
    lines.add(
        String.format(
            Locale.ROOT,
            "  JVM during (a): peak heap used %,d KiB (sampled every 5 ms; includes garbage),"
                + " allocated by the calling thread %,d KiB per run",
            maxPeak >> 10,
            maxAllocated >> 10));
    lines.add(
        String.format(
            Locale.ROOT,
            "  load average (1 min) at the end: %.2f",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    return lines;
  }

  /**
   * {@code x[i] / y[i]} for each round: the two sides of a round ran minutes apart, so their ratio
   * is less exposed to the machine's drift than the ratio of the two medians.
   */
  private static List<Double> ratios(List<Double> x, List<Double> y) {
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      r.add(x.get(i) / y.get(i));
    }
    return r;
  }

  private static double min(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static String list(List<Double> all) {
    StringBuilder s = new StringBuilder("[");
    for (double x : all) {
      s.append(s.length() == 1 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", x));
    }
    return s.append(']').toString();
  }

  private static String row(String name, double median, List<Double> all) {
    return String.format(Locale.ROOT, "  %-48s %8.3f   %s", name, median, list(all));
  }
}

package org.pactum.bench.erasure;

import java.util.List;
import java.util.Locale;
import org.pactum.bench.Percentiles;
import org.pactum.lineage.erasure.core.SweepReport;

/** {@link ErasureBench}'s summary: the erasure rounds' medians and the sweep, with their ratios. */
final class ErasureReport {
  private ErasureReport() {}

  /** The sweep: Pactum's report and seconds, the baseline's fetched keys and seconds. */
  record Sweep(SweepReport report, double seconds, long fetched, double fetchSeconds) {}

  static void print(
      ErasureBenchOptions o, List<Double> pactum, List<Double> baseline, Sweep sweep) {
    long erased = (long) o.datasets() * o.subjectRows();
    double pm = Percentiles.median(pactum);
    double bm = Percentiles.median(baseline);
    long scanned = o.rows() * o.datasets();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "==== summary (%d datasets × %,d rows; %,d of the subject's rows per erasure)%n",
        o.datasets(),
        o.rows(),
        erased);
    System.out.printf(
        Locale.ROOT,
        "erasure   Pactum   median %8.0f ms  %,12.0f rows/s  (runs %s)%n",
        pm * 1000,
        erased / pm,
        ms(pactum));
    System.out.printf(
        Locale.ROOT,
        "erasure   baseline median %8.0f ms  %,12.0f rows/s  (runs %s)%n",
        bm * 1000,
        erased / bm,
        ms(baseline));
    System.out.printf(Locale.ROOT, "erasure   overhead Pactum / baseline = %.2f×%n", pm / bm);
    System.out.printf(
        Locale.ROOT,
        "sweep     Pactum   %8.0f ms  %,12.0f rows/s scanned (%d datasets, %d reappearances)%n",
        sweep.seconds() * 1000,
        scanned / sweep.seconds(),
        sweep.report().datasetsChecked(),
        sweep.report().reappearances());
    System.out.printf(
        Locale.ROOT,
        "sweep     baseline %8.0f ms  %,12.0f rows/s (same keys fetched, no HMAC; %,d rows)%n",
        sweep.fetchSeconds() * 1000,
        sweep.fetched() / sweep.fetchSeconds(),
        sweep.fetched());
    System.out.printf(
        Locale.ROOT,
        "sweep     overhead Pactum / baseline = %.2f×%n",
        sweep.seconds() / sweep.fetchSeconds());
  }

  private static String ms(List<Double> xs) {
    return xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x * 1000)).toList().toString();
  }
}

package org.pactum.bench.anomaly;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pactum.anomaly.BaselineSettings;

/**
 * The anomaly-detection quality harness (issue 5): generates labelled series per {@link Scenario}
 * with fixed seeds and prints precision, recall and F1 per scenario for Pactum's detector (default
 * settings: {@code seasonality: auto}, WARN at 3σ, FAIL at 4σ) and, in the same run, for the plain
 * z-score baseline ({@link PlainZScore}), then the overall figures and the targets.
 *
 * <p>What counts: an event (one outlier, the first three loads of a level shift, the missing load,
 * the first two loads of an intended change before its approval, the part of a slow drift beyond 3σ
 * of the noise) is detected when any of its loads raises an alarm; every alarm on a normal load is
 * a false alarm. Loads of a level shift after its first three, and of a drift still under 3σ, are
 * neither. After an approval the new level is normal. Only loads from {@value #SCORED_FROM} on are
 * scored (both detectors have four weeks of history by then). The alarm is Pactum's FAIL (what
 * pages people; the targets are judged on it); a second table counts WARN as an alarm too. The
 * plain baseline has one level: outside its band.
 *
 * <p>Honesty about what it measures: the figures are reported on evaluation seeds that were not
 * used while tuning ({@link EvaluationSeeds}); F1 per scenario and overall, and overall again
 * without the scenarios where the plain baseline has no mechanism at all ({@link
 * Scenario#plainHasMechanism}: the weekly season, the slow drift), which alone carry most of the
 * difference.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pactum.bench.anomaly.AnomalyEvaluation [--series 40]
 *     [--seeds 2027,7919,104729] [--development]
 * </pre>
 *
 * <p>{@code --development} reports on the development seeds instead (to reproduce the figures the
 * defaults were tuned on; not evidence).
 */
public final class AnomalyEvaluation {
  static final int SCORED_FROM = 28;
  private static final int FAIL = 2;
  private static final int WARN = 1;

  /** Indexes into a scenario's tallies. */
  static final int PACTUM_FAIL = 0;

  static final int PLAIN = 1;
  static final int PACTUM_WARN = 2;

  private AnomalyEvaluation() {}

  public static void main(String[] args) {
    int seriesPerScenario = 40;
    List<Long> seeds = EvaluationSeeds.DEFAULT_EVALUATION;
    boolean development = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--series" -> seriesPerScenario = Integer.parseInt(args[++i]);
          case "--seeds" -> seeds = EvaluationSeeds.parse(args[++i]).evaluation();
          case "--development" -> development = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: AnomalyEvaluation [--series N] [--seeds S1,S2,...] [--development]");
      System.exit(2);
    }
    if (development) {
      seeds = EvaluationSeeds.DEVELOPMENT;
    }
    long started = System.nanoTime();
    Map<Scenario, Tally[]> results = evaluate(seeds, seriesPerScenario);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Anomaly detection quality: %d series x %d daily loads per scenario and seed, %s seeds %s"
            + " (development seeds: %s), scored from load %d (%.1f s)%n",
        seriesPerScenario,
        Scenario.LENGTH,
        development ? "DEVELOPMENT (not evidence)" : "evaluation",
        seeds,
        EvaluationSeeds.DEVELOPMENT,
        SCORED_FROM,
        seconds);
    System.out.println(
        "Pactum = default settings (seasonality auto, warn 3σ, fail 4σ); plain = mean ± 3σ over 14"
            + " loads including the current one (|z| <= 13/√14 ≈ 3.47)");
    System.out.println();
    System.out.println("Alarm = Pactum FAIL (pages):");
    Summary fail = table(results, PACTUM_FAIL);
    System.out.println();
    System.out.println("Alarm = Pactum WARN or FAIL:");
    Summary warn = table(results, PACTUM_WARN);
    System.out.println();
    Tally[] season = results.get(Scenario.SEASON);
    System.out.printf(
        Locale.ROOT,
        "Seasonal series, false alarms per 100 normal loads: Pactum %.2f (FAIL), %.2f (WARN or"
            + " FAIL); plain %.2f%n",
        season[PACTUM_FAIL].falseAlarmsPer100(),
        season[PACTUM_WARN].falseAlarmsPer100(),
        season[PLAIN].falseAlarmsPer100());
    double seasonFa = season[PACTUM_FAIL].falseAlarmsPer100();
    System.out.printf(
        Locale.ROOT,
        "Targets (alarm = FAIL): overall F1 >= plain + 0.15: %s (%+.3f); no scenario worse: %s;"
            + " <= 1 false alarm per 100 normal loads on the seasonal series: %s (%.2f)%n",
        fail.diff >= 0.15 ? "MET" : "NOT MET",
        fail.diff,
        fail.noneWorse ? "MET" : "NOT MET (" + fail.worse + ")",
        seasonFa <= 1 ? "MET" : "NOT MET",
        seasonFa);
    System.out.printf(
        Locale.ROOT,
        "Without the scenarios where plain has no mechanism (%s): overall F1 %+.3f (alarm = FAIL),"
            + " %+.3f (WARN or FAIL)%n",
        withoutMechanism(),
        fail.diffWhereComparable,
        warn.diffWhereComparable);
    System.out.printf(
        Locale.ROOT,
        "Same targets counting WARN: %+.3f overall F1, no scenario worse: %s%n",
        warn.diff,
        warn.noneWorse ? "yes" : "no (" + warn.worse + ")");
  }

  /**
   * Per scenario, the tallies {@link #PACTUM_FAIL}, {@link #PLAIN} and {@link #PACTUM_WARN} over
   * {@code seriesPerScenario} series for each seed.
   */
  static Map<Scenario, Tally[]> evaluate(List<Long> seeds, int seriesPerScenario) {
    SeriesDetector pactum = new PactumDetector(BaselineSettings.DEFAULTS);
    SeriesDetector plain = new PlainZScore();
    Map<Scenario, Tally[]> results = new EnumMap<>(Scenario.class);
    for (Scenario sc : Scenario.values()) {
      Tally[] t = {new Tally(), new Tally(), new Tally()};
      for (long seed : seeds) {
        for (int k = 0; k < seriesPerScenario; k++) {
          LabelledSeries s = sc.generate(EvaluationSeeds.seriesSeed(seed, sc, k));
          int[] levels = pactum.run(s, SCORED_FROM);
          t[PACTUM_FAIL].add(s, levels, FAIL, SCORED_FROM);
          t[PLAIN].add(s, plain.run(s, SCORED_FROM), FAIL, SCORED_FROM);
          t[PACTUM_WARN].add(s, levels, WARN, SCORED_FROM);
        }
      }
      results.put(sc, t);
    }
    return results;
  }

  private static String withoutMechanism() {
    StringBuilder titles = new StringBuilder();
    for (Scenario sc : Scenario.values()) {
      if (!sc.plainHasMechanism) {
        titles.append(titles.length() == 0 ? "" : ", ").append(sc.title);
      }
    }
    return titles.toString();
  }

  private record Summary(
      double diff, double diffWhereComparable, boolean noneWorse, String worse) {}

  private static Summary table(Map<Scenario, Tally[]> results, int pactumIndex) {
    System.out.println(
        "| scenario | events | Pactum P | Pactum R | Pactum F1 | Pactum FA/100 | plain P | plain R |"
            + " plain F1 | plain FA/100 | ΔF1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Tally allP = new Tally();
    Tally allB = new Tally();
    Tally comparableP = new Tally();
    Tally comparableB = new Tally();
    StringBuilder worse = new StringBuilder();
    for (var e : results.entrySet()) {
      Tally p = e.getValue()[pactumIndex];
      Tally b = e.getValue()[PLAIN];
      allP.add(p);
      allB.add(b);
      if (e.getKey().plainHasMechanism) {
        comparableP.add(p);
        comparableB.add(b);
      }
      double d = p.f1() - b.f1();
      if (d < -1e-9) {
        worse.append(worse.length() == 0 ? "" : ", ").append(e.getKey().title);
      }
      row(e.getKey().title + (e.getKey().plainHasMechanism ? "" : " †"), p, b, false);
    }
    row("**overall**", allP, allB, true);
    row("**overall without †**", comparableP, comparableB, true);
    System.out.println("† the plain z-score has no mechanism for this scenario's events");
    return new Summary(
        allP.f1() - allB.f1(),
        comparableP.f1() - comparableB.f1(),
        worse.length() == 0,
        worse.toString());
  }

  private static void row(String title, Tally p, Tally b, boolean bold) {
    String f = bold ? "**%.3f**" : "%.3f";
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %.3f | %.3f | " + f + " | %.2f | %.3f | %.3f | " + f + " | %.2f | %+.3f |%n",
        title,
        p.truePositives + p.falseNegatives,
        p.precision(),
        p.recall(),
        p.f1(),
        p.falseAlarmsPer100(),
        b.precision(),
        b.recall(),
        b.f1(),
        b.falseAlarmsPer100(),
        p.f1() - b.f1());
  }
}

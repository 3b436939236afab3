package org.pactum.bench.anomaly;

import java.util.EnumMap;
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
 * <pre>
 * java -cp bench/target/benchmarks.jar org.pactum.bench.anomaly.AnomalyEvaluation [--series 40] [--seed 5]
 * </pre>
 */
public final class AnomalyEvaluation {
  static final int SCORED_FROM = 28;
  private static final int FAIL = 2;
  private static final int WARN = 1;

  private AnomalyEvaluation() {}

  public static void main(String[] args) {
    int seriesPerScenario = 40;
    long seed = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--series" -> seriesPerScenario = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          System.err.println("usage: AnomalyEvaluation [--series N] [--seed S]");
          System.exit(2);
        }
      }
    }
    SeriesDetector pactum = new PactumDetector(BaselineSettings.DEFAULTS);
    SeriesDetector plain = new PlainZScore();
    // Per scenario: Pactum (FAIL), plain, Pactum (WARN or FAIL).
    Map<Scenario, Tally[]> results = new EnumMap<>(Scenario.class);
    long started = System.nanoTime();
    for (Scenario sc : Scenario.values()) {
      Tally[] t = {new Tally(), new Tally(), new Tally()};
      for (int k = 0; k < seriesPerScenario; k++) {
        LabelledSeries s = sc.generate(seed * 1_000_003L + sc.ordinal() * 10_007L + k);
        int[] levels = pactum.run(s, SCORED_FROM);
        t[0].add(s, levels, FAIL, SCORED_FROM);
        t[1].add(s, plain.run(s, SCORED_FROM), FAIL, SCORED_FROM);
        t[2].add(s, levels, WARN, SCORED_FROM);
      }
      results.put(sc, t);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "Anomaly detection quality: %d series x %d daily loads per scenario, seed %d, scored from"
            + " load %d (%.1f s)%n",
        seriesPerScenario,
        Scenario.LENGTH,
        seed,
        SCORED_FROM,
        seconds);
    System.out.println(
        "Pactum = default settings (seasonality auto, warn 3σ, fail 4σ); plain = mean ± 3σ over 14"
            + " loads including the current one");
    System.out.println();
    System.out.println("Alarm = Pactum FAIL (pages):");
    Summary fail = table(results, 0);
    System.out.println();
    System.out.println("Alarm = Pactum WARN or FAIL:");
    Summary warn = table(results, 2);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Seasonal series, false alarms per 100 normal loads: Pactum %.2f (FAIL), %.2f (WARN or"
            + " FAIL); plain %.2f%n",
        results.get(Scenario.SEASON)[0].falseAlarmsPer100(),
        results.get(Scenario.SEASON)[2].falseAlarmsPer100(),
        results.get(Scenario.SEASON)[1].falseAlarmsPer100());
    double seasonFa = results.get(Scenario.SEASON)[0].falseAlarmsPer100();
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
        "Same targets counting WARN: %+.3f overall F1, no scenario worse: %s%n",
        warn.diff,
        warn.noneWorse ? "yes" : "no (" + warn.worse + ")");
  }

  private record Summary(double diff, boolean noneWorse, String worse) {}

  private static Summary table(Map<Scenario, Tally[]> results, int pactumIndex) {
    System.out.println(
        "| scenario | events | Pactum P | Pactum R | Pactum F1 | Pactum FA/100 | plain P | plain R |"
            + " plain F1 | plain FA/100 | ΔF1 |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    Tally allP = new Tally();
    Tally allB = new Tally();
    StringBuilder worse = new StringBuilder();
    for (var e : results.entrySet()) {
      Tally p = e.getValue()[pactumIndex];
      Tally b = e.getValue()[1];
      allP.add(p);
      allB.add(b);
      double d = p.f1() - b.f1();
      if (d < -1e-9) {
        worse.append(worse.length() == 0 ? "" : ", ").append(e.getKey().title);
      }
      row(e.getKey().title, p, b, false);
    }
    row("**overall**", allP, allB, true);
    return new Summary(allP.f1() - allB.f1(), worse.length() == 0, worse.toString());
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

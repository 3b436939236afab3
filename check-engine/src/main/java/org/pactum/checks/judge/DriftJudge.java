package org.pactum.checks.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pactum.anomaly.drift.BinnedDrift;
import org.pactum.anomaly.drift.CategoricalDrift;
import org.pactum.anomaly.drift.DriftResult;
import org.pactum.anomaly.drift.DriftThresholds;
import org.pactum.anomaly.drift.KsDrift;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.Status;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;

/**
 * Drift checks against their reference: {@code ks} by a two-sample Kolmogorov–Smirnov test between
 * the reference run's raw value sample and this run's ({@link KsDrift}: D against the thresholds,
 * with the p-value and both sample sizes); binned columns over the reference's bins (PSI, JS
 * distance, or — only when the reference stored no sample — KS D between the binned distributions,
 * a lower bound of D on the raw values); categorical columns over the frequency tables (Cramér's V
 * of a chi-square test, PSI or JS over the categories), with new and vanished categories named.
 */
final class DriftJudge {

  Verdict judge(DriftQuestion q) {
    if (q.reference() == null) {
      return new Verdict(
          Status.PASS,
          null,
          "learning baseline: 0 of 1 observations (no reference distribution yet; this run's"
              + " distribution is stored as the reference)",
          Map.of("observations", 0, "min_history", 1));
    }
    DriftCheck c = q.check();
    DriftThresholds t =
        new DriftThresholds(
            c.thresholds().warn() == null ? Double.NaN : c.thresholds().warn(),
            c.thresholds().fail() == null ? Double.NaN : c.thresholds().fail());
    DriftResult r;
    Map<String, Object> band = new LinkedHashMap<>();
    band.put("reference_run", q.reference().runId());
    band.put("method", c.method().yamlName());
    String note = "";
    String against = " against run " + q.reference().runId();
    if (c.method() == DriftMethod.KS && q.reference().sample() != null) {
      if (q.sample() == null) {
        return new Verdict(Status.PASS, null, "drift not judged: no value sample this run", band);
      }
      r = KsDrift.judge(q.reference().sample().toArray(), q.sample().toArray(), t);
      band.put("reference_size", q.reference().sample().size());
      band.put("current_size", q.sample().size());
    } else if (q.histogram() != null && q.reference().histogram() != null) {
      long[] ref = counts(q.reference().histogram().counts());
      long[] cur = counts(q.histogram().counts());
      if (ref.length != cur.length) {
        return new Verdict(
            Status.PASS, null, "drift not judged: the bins differ from the reference's", band);
      }
      Histogram reference = q.reference().histogram();
      String method =
          switch (c.method()) {
            case KS -> "ks";
            case JS -> "js";
            default -> "psi";
          };
      r = BinnedDrift.judge(method, ref, cur, t, describeBins(reference, q));
      if (reference.binning() == Histogram.Binning.QUANTILE) {
        band.put("binning", "quantile");
        String edgesRun = edgesRun(q);
        band.put("edges_run", edgesRun);
        if (edgesRun.equals(q.reference().runId())) {
          against = ""; // "… quantile bins of run R" already names the reference run
        }
      }
      if (c.method() == DriftMethod.KS) {
        // history stored before value samples were kept: D between bins, a lower bound of D
        note =
            " (binned: the reference run stored no value sample, so D is measured between its"
                + " bins, a lower bound of D on the raw values; this run's sample is the next"
                + " reference)";
        band.put("binned", true);
      }
      band.put("edges", q.reference().histogram().edges());
      band.put("reference_counts", q.reference().histogram().counts());
    } else if (q.frequencies() != null && q.reference().frequencies() != null) {
      Map<String, Long> ref = q.reference().frequencies().counts();
      Map<String, Long> cur = q.frequencies().counts();
      r = categorical(c.method(), ref, cur, t);
    } else {
      return new Verdict(
          Status.PASS, null, "drift not judged: no comparable distribution this run", band);
    }
    if (Double.isFinite(r.pValue())) {
      band.put("p_value", r.pValue());
    }
    band.put("new_categories", r.newCategories());
    band.put("vanished_categories", r.vanishedCategories());
    Double stat = Double.isFinite(r.statistic()) ? r.statistic() : null;
    return new Verdict(
        AnomalyThresholds.status(r.status()), stat, r.explanation() + against + note, band);
  }

  /** "10 quantile bins of run R", or "10 bins" for equal-width history. */
  private static String describeBins(Histogram reference, DriftQuestion q) {
    return reference.binning() == Histogram.Binning.QUANTILE
        ? reference.binCount() + " quantile bins of run " + edgesRun(q)
        : reference.binCount() + " bins";
  }

  private static String edgesRun(DriftQuestion q) {
    String run = q.reference().histogram().edgesRun();
    return run == null ? q.reference().runId() : run;
  }

  private static DriftResult categorical(
      DriftMethod method, Map<String, Long> ref, Map<String, Long> cur, DriftThresholds t) {
    if (method == DriftMethod.CHI_SQUARED) {
      return CategoricalDrift.judgeChiSquare(ref, cur, t);
    }
    double stat =
        method == DriftMethod.JS
            ? CategoricalDrift.jsDistance(ref, cur)
            : CategoricalDrift.psi(ref, cur);
    List<List<String>> changed = CategoricalDrift.changedCategories(ref, cur);
    DriftResult chi =
        CategoricalDrift.judgeChiSquare(ref, cur, new DriftThresholds(Double.NaN, Double.NaN));
    String name = method.yamlName();
    var status = t.judge(stat);
    String text =
        String.format(
                Locale.ROOT,
                "%s %.4f over %d categories (warn %s, fail %s)",
                name.toUpperCase(Locale.ROOT),
                stat,
                ref.size() + changed.get(0).size(),
                t.warn(),
                t.fail())
            + (changed.get(0).isEmpty() ? "" : "; new: " + String.join(", ", changed.get(0)))
            + (changed.get(1).isEmpty() ? "" : "; vanished: " + String.join(", ", changed.get(1)));
    return new DriftResult(name, stat, chi.pValue(), status, changed.get(0), changed.get(1), text);
  }

  private static long[] counts(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).toArray();
  }
}

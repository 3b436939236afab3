package org.pactum.anomaly.drift;

import java.util.List;
import org.pactum.anomaly.Status;

/**
 * A drift judgement.
 *
 * @param method {@code psi}, {@code ks}, {@code chi_squared} or {@code js}
 * @param statistic the statistic the thresholds apply to (PSI; KS D; Cramér's V; JS distance)
 * @param pValue the test's p-value where there is one (KS, chi-square), else NaN
 * @param status PASS, WARN (statistic &gt; warn) or FAIL (statistic &gt; fail)
 * @param newCategories categories in the current table absent from the reference (categorical)
 * @param vanishedCategories reference categories absent from the current table (categorical)
 * @param explanation a sentence for people
 */
public record DriftResult(
    String method,
    double statistic,
    double pValue,
    Status status,
    List<String> newCategories,
    List<String> vanishedCategories,
    String explanation) {
  public DriftResult {
    newCategories = List.copyOf(newCategories);
    vanishedCategories = List.copyOf(vanishedCategories);
  }
}

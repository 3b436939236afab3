package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a {@link DriftCheck} compares the current distribution of a column with its reference.
 * Thresholds apply to the statistic named here; all grow with drift.
 */
public enum DriftMethod {
  /** Population stability index over binned values; unbounded (0.1 moderate, 0.25 major). */
  PSI(false),
  /** Two-sample Kolmogorov–Smirnov D statistic, in [0, 1]; numeric or temporal columns. */
  KS(true),
  /** Cramér's V from a chi-squared test over categories, in [0, 1]. */
  CHI_SQUARED(true),
  /** Jensen–Shannon distance (base 2), in [0, 1]. */
  JS(true);

  private final boolean unitInterval;

  DriftMethod(boolean unitInterval) {
    this.unitInterval = unitInterval;
  }

  /** Whether the statistic lies in [0, 1], so thresholds above 1 can never trigger. */
  public boolean unitInterval() {
    return unitInterval;
  }

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DriftMethod> parse(String text) {
    return Arrays.stream(values()).filter(m -> m.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(DriftMethod::yamlName).toList();
  }
}

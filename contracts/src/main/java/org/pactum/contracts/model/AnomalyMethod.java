package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How an anomaly baseline estimates its level and spread. */
public enum AnomalyMethod {
  /** Mean ± sensitivity × standard deviation. */
  BAND,
  /** Median ± sensitivity × MAD (scaled to a standard deviation): resists outliers in history. */
  ROBUST;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AnomalyMethod> parse(String text) {
    return Arrays.stream(values()).filter(m -> m.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(AnomalyMethod::yamlName).toList();
  }
}

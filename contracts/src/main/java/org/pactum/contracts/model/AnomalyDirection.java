package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which deviations from the learned baseline count as anomalies. */
public enum AnomalyDirection {
  BOTH,
  /** Only values above the band (e.g. a null rate rising). */
  UP,
  /** Only values below the band (e.g. a row count dropping). */
  DOWN;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AnomalyDirection> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(AnomalyDirection::yamlName).toList();
  }
}

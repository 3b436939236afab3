package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which deviations from the learned baseline count as anomalies. Contracts write {@code both},
 * {@code spike} or {@code drop}; {@code up} and {@code down}, the earlier names, are accepted as
 * aliases of {@code spike} and {@code drop}.
 */
public enum AnomalyDirection {
  BOTH,
  /** Only values above the band (e.g. a null rate rising). */
  SPIKE,
  /** Only values below the band (e.g. a row count dropping). */
  DROP;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AnomalyDirection> parse(String text) {
    if ("up".equals(text)) {
      return Optional.of(SPIKE);
    }
    if ("down".equals(text)) {
      return Optional.of(DROP);
    }
    return Arrays.stream(values()).filter(s -> s.yamlName().equals(text)).findFirst();
  }

  /** The names to offer in errors (the aliases {@code up}/{@code down} also parse). */
  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(AnomalyDirection::yamlName).toList();
  }
}

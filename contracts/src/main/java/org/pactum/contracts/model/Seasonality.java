package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The cycle an anomaly baseline compares like with like over. */
public enum Seasonality {
  /** One baseline for all observations. */
  NONE,
  /** Compare with the same hour of earlier days. */
  HOUR_OF_DAY,
  /** Compare with the same weekday of earlier weeks. */
  DAY_OF_WEEK,
  /** An additive Holt-Winters model (level, trend, season) fitted to the window. */
  HOLT_WINTERS,
  /** Chosen per judgement from the history's length, cadence, trend and a seasonality test. */
  AUTO;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Seasonality> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(Seasonality::yamlName).toList();
  }
}

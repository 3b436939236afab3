package org.pactum.checks.core;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a run's statements measured, before judging. */
final class Measurements {
  private final Map<MetricKey, Object> values = new HashMap<>();
  private final Map<String, Histogram> histograms = new HashMap<>();
  private final Map<String, Frequencies> frequencies = new HashMap<>();
  private final Map<String, ValueSample> samples = new HashMap<>();

  void putAll(Map<MetricKey, Object> more) {
    values.putAll(more);
  }

  void histogram(String check, Histogram h) {
    histograms.put(check, h);
  }

  void frequencies(String check, Frequencies f) {
    frequencies.put(check, f);
  }

  void sample(String check, ValueSample s) {
    samples.put(check, s);
  }

  Optional<ValueSample> sample(String check) {
    return Optional.ofNullable(samples.get(check));
  }

  boolean has(MetricKey key) {
    return values.containsKey(key);
  }

  Object raw(MetricKey key) {
    return values.get(key);
  }

  /** The metric as a double; empty when SQL returned NULL (no values to aggregate). */
  Optional<Double> number(MetricKey key) {
    Object v = values.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    try {
      return Optional.of(new BigDecimal(v.toString()).doubleValue());
    } catch (NumberFormatException e) {
      if ("NaN".equals(v.toString())) {
        return Optional.of(Double.NaN);
      }
      throw new IllegalStateException("metric " + key.metric() + " is not a number");
    }
  }

  long count(MetricKey key) {
    return number(key).map(Double::longValue).orElse(0L);
  }

  Optional<Histogram> histogram(String check) {
    return Optional.ofNullable(histograms.get(check));
  }

  Optional<Frequencies> frequencies(String check) {
    return Optional.ofNullable(frequencies.get(check));
  }

  Map<MetricKey, Object> values() {
    return values;
  }
}

package org.pactum.checks.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a run's statements measured, before judging. */
public final class Measurements {
  private final Map<MetricKey, Object> values = new HashMap<>();
  private final Map<String, Histogram> histograms = new HashMap<>();
  private final Map<String, Frequencies> frequencies = new HashMap<>();
  private final Map<String, ValueSample> samples = new HashMap<>();

  public void putAll(Map<MetricKey, Object> more) {
    values.putAll(more);
  }

  public void histogram(String check, Histogram h) {
    histograms.put(check, h);
  }

  public void frequencies(String check, Frequencies f) {
    frequencies.put(check, f);
  }

  public void sample(String check, ValueSample s) {
    samples.put(check, s);
  }

  public Optional<ValueSample> sample(String check) {
    return Optional.ofNullable(samples.get(check));
  }

  public boolean has(MetricKey key) {
    return values.containsKey(key);
  }

  public Object raw(MetricKey key) {
    return values.get(key);
  }

  /** The metric as a double; empty when SQL returned NULL (no values to aggregate). */
  public Optional<Double> number(MetricKey key) {
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

  public long count(MetricKey key) {
    return number(key).map(Double::longValue).orElse(0L);
  }

  public Optional<Histogram> histogram(String check) {
    return Optional.ofNullable(histograms.get(check));
  }

  public Optional<Frequencies> frequencies(String check) {
    return Optional.ofNullable(frequencies.get(check));
  }

  public Map<MetricKey, Object> values() {
    return values;
  }

  /** A column's non-null values beyond each value's first occurrence (0 without values). */
  public double duplicateCount(String column) {
    return Math.max(
        0, count(MetricKey.nonNullCount(column)) - count(MetricKey.distinctCount(column)));
  }

  /** The instant of an epoch-seconds measurement (fractional seconds kept). */
  public static Instant instant(double epoch) {
    return Instant.ofEpochSecond(
        (long) Math.floor(epoch), (long) ((epoch - Math.floor(epoch)) * 1e9));
  }

  /** Seconds from the newest value to {@code now} (negative when it lies in the future). */
  public static double lagSeconds(Instant newest, Instant now) {
    return Duration.between(newest, now).toMillis() / 1000.0;
  }
}

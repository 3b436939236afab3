package org.pactum.checks.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw values of a numeric (or temporal, as epoch seconds) column sampled by a run, for a two-sample
 * Kolmogorov–Smirnov drift test; only finite values.
 *
 * @param values the sampled values, at most the engine's {@code driftSampleSize}
 */
public record ValueSample(List<Double> values) {
  public ValueSample {
    values = List.copyOf(values);
  }

  public int size() {
    return values.size();
  }

  public double[] toArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The sample from a {@code SAMPLE_VALUES} statement's rows (column {@code x}). */
  public static ValueSample fromRows(List<Map<String, Object>> rows) {
    List<Double> out = new ArrayList<>(rows.size());
    for (Map<String, Object> row : rows) {
      if (row.get("x") instanceof Number n && Double.isFinite(n.doubleValue())) {
        out.add(n.doubleValue());
      }
    }
    return new ValueSample(out);
  }

  public Map<String, Object> toDetail() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("size", values.size());
    d.put("values", values);
    return d;
  }

  /** The sample stored in a metric's detail, or empty when the detail holds none. */
  public static Optional<ValueSample> fromDetail(Map<String, Object> detail) {
    if (!(detail.get("values") instanceof List<?> list)) {
      return Optional.empty();
    }
    List<Double> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (!(o instanceof Number n) || !Double.isFinite(n.doubleValue())) {
        return Optional.empty();
      }
      out.add(n.doubleValue());
    }
    return Optional.of(new ValueSample(out));
  }
}

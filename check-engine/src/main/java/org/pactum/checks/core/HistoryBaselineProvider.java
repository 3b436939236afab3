package org.pactum.checks.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;

/**
 * Drift references from the metric history: the latest stored histogram (its bins reused, so
 * successive runs stay comparable) or frequency table of the column, since the last baseline reset;
 * for {@code ks} the latest stored raw value sample, else (history stored before samples were kept)
 * the latest histogram. A histogram made for a different number of bins than the check asks for is
 * not reused (quantile bins may hold fewer after ties collapsed: their stored {@code bins} counts).
 */
public final class HistoryBaselineProvider implements BaselineProvider {
  public static final String HISTOGRAM = "histogram";
  public static final String FREQUENCIES = "frequencies";
  public static final String SAMPLE = "sample";

  private final MetricHistory history;

  public HistoryBaselineProvider(MetricHistory history) {
    this.history = history;
  }

  @Override
  public Optional<DriftReference> driftReference(
      String dataset, DriftCheck check, String currentRunId, boolean categorical) {
    if (categorical) {
      return history
          .latest(dataset, FREQUENCIES, check.column(), currentRunId)
          .flatMap(m -> frequencies(m.detail()).map(f -> new DriftReference(m.runId(), null, f)));
    }
    if (check.method() == DriftMethod.KS) {
      Optional<DriftReference> sampled =
          history
              .latest(dataset, SAMPLE, check.column(), currentRunId)
              .flatMap(
                  m ->
                      ValueSample.fromDetail(m.detail())
                          .map(v -> new DriftReference(m.runId(), null, null, v)));
      if (sampled.isPresent()) {
        return sampled;
      }
      // history from before samples were kept: judge on its bins while this run stores a sample
    }
    return history
        .latest(dataset, HISTOGRAM, check.column(), currentRunId)
        .flatMap(m -> histogram(m.detail()).map(h -> new DriftReference(m.runId(), h, null)))
        .filter(r -> r.histogram().requestedBins() == check.bins());
  }

  static Optional<Histogram> histogram(Map<String, Object> detail) {
    if (!(detail.get("edges") instanceof List<?> edges)
        || !(detail.get("counts") instanceof List<?> counts)) {
      return Optional.empty();
    }
    try {
      List<Double> e = edges.stream().map(x -> ((Number) x).doubleValue()).toList();
      List<Long> n = counts.stream().map(c -> ((Number) c).longValue()).toList();
      if ("quantile".equals(detail.get("binning")) && detail.get("bins") instanceof Number bins) {
        String run = detail.get("edges_run") instanceof String r ? r : null;
        return Optional.of(Histogram.quantiles(e, n, bins.intValue(), run));
      }
      // equal-width bins, stored before quantile bins: just edges
      return Optional.of(new Histogram(e, n));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<Frequencies> frequencies(Map<String, Object> detail) {
    if (!(detail.get("counts") instanceof Map<?, ?> counts)
        || !(detail.get("total") instanceof Number total)) {
      return Optional.empty();
    }
    Map<String, Long> values = new LinkedHashMap<>();
    counts.forEach((k, v) -> values.put(String.valueOf(k), ((Number) v).longValue()));
    long distinct =
        detail.get("distinct") instanceof Number d ? d.longValue() : (long) values.size();
    return Optional.of(new Frequencies(values, total.longValue(), distinct));
  }
}

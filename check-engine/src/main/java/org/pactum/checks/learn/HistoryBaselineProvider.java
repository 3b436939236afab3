package org.pactum.checks.learn;

import java.util.Optional;
import org.pactum.checks.core.Frequencies;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.ValueSample;
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
  static final String HISTOGRAM = "histogram";
  static final String FREQUENCIES = "frequencies";
  static final String SAMPLE = "sample";

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
          .flatMap(
              m ->
                  Frequencies.fromDetail(m.detail())
                      .map(f -> new DriftReference(m.runId(), null, f)));
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
        .flatMap(
            m -> Histogram.fromDetail(m.detail()).map(h -> new DriftReference(m.runId(), h, null)))
        .filter(r -> r.histogram().requestedBins() == check.bins());
  }
}

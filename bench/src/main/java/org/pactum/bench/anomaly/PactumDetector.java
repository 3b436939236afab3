package org.pactum.bench.anomaly;

import java.util.ArrayList;
import java.util.List;
import org.pactum.anomaly.AnomalyDetector;
import org.pactum.anomaly.AnomalyVerdict;
import org.pactum.anomaly.BaselineSettings;
import org.pactum.anomaly.Observation;
import org.pactum.anomaly.Series;
import org.pactum.anomaly.Status;

/**
 * Pactum's detector as the check engine runs it: each load is judged against the history before it,
 * counted from the latest approval (baseline reset); loads judged WARN or FAIL are stored as
 * flagged and left out of later training (as the engine stores them).
 */
final class PactumDetector implements SeriesDetector {
  private final BaselineSettings settings;

  PactumDetector(BaselineSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "Pactum (" + settings.modelChoice().seasonality().name().toLowerCase() + ")";
  }

  @Override
  public int[] run(LabelledSeries s, int from) {
    AnomalyDetector detector = new AnomalyDetector(settings);
    List<Observation> history = new ArrayList<>();
    int[] flags = new int[s.size()];
    for (int t = 0; t < s.size(); t++) {
      if (t == s.resetAt()) {
        history.clear(); // training restarts from the approval
      }
      Observation now = Observation.of(s.times()[t], s.values()[t]);
      AnomalyVerdict v = detector.judge("row_count", Series.of(history), now);
      flags[t] = v.status() == Status.FAIL ? 2 : v.status() == Status.WARN ? 1 : 0;
      history.add(new Observation(now.at(), now.value(), v.outlier()));
      if (history.size() > 2 * settings.training().window()) {
        history.remove(0); // the detector never looks further back than its window
      }
    }
    return flags;
  }
}
